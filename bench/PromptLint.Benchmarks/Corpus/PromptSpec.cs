namespace PromptLint.Benchmarks.Corpus;

/// <summary>How the worked examples of a generated prompt are written.</summary>
internal enum ExampleStyle
{
    /// <summary>User/assistant turns before the final user turn (format's own role syntax).</summary>
    Turns,

    /// <summary><c>&lt;example&gt;&lt;input&gt;…&lt;/input&gt;&lt;output&gt;…&lt;/output&gt;&lt;/example&gt;</c>.</summary>
    XmlTags,

    /// <summary><c>Input: …</c> / <c>Output: …</c> lines.</summary>
    InputOutput,

    /// <summary><c>Q: …</c> / <c>A: …</c> lines.</summary>
    QuestionAnswer,

    /// <summary><c>Example 1</c> headings.</summary>
    Numbered,
}

/// <summary>The one defect a generated "bad" prompt carries (most generated prompts carry none).</summary>
internal enum Defect
{
    None,
    NoOutputFormat,
    NoExamples,
    OneExample,
    ThinSystemPrompt,
    NoRole,
    UnclosedBlock,
    UndeclaredVariable,
    UnusedInput,
    ConflictingLength,
    LeakedSecret,
}

/// <summary>One worked example: what the user sends and what the model should answer.</summary>
internal sealed record ExamplePair(string Input, string Output);

/// <summary>Everything a format writer needs to render one prompt; built by <see cref="PromptContent"/>.</summary>
internal sealed class PromptSpec
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Persona { get; set; }

    public required List<string> Task { get; init; }

    public required List<string> Rules { get; init; }

    /// <summary>Lines of the output-format instruction (empty when the prompt has none).</summary>
    public required List<string> OutputFormat { get; set; }

    /// <summary>"json" when the instruction asks for JSON (declared in front matter where the format allows).</summary>
    public required string OutputKind { get; init; }

    public required List<ExamplePair> Examples { get; init; }

    public required ExampleStyle Style { get; init; }

    /// <summary>Declared inputs, in order. The first is the main user input.</summary>
    public required List<string> Inputs { get; init; }

    /// <summary>Variables the template uses (normally the same as <see cref="Inputs"/>).</summary>
    public required List<string> UsedVariables { get; init; }

    /// <summary>An optional input used only inside a conditional block (<c>{{#if}}</c>, <c>{% if %}</c>, <c>{{ if }}</c>).</summary>
    public string? ConditionalInput { get; init; }

    /// <summary>A list input iterated with a loop block where the dialect has one.</summary>
    public string? LoopInput { get; init; }

    /// <summary>Reference data pasted into the system prompt (a catalogue, a glossary): rung-3 material.</summary>
    public List<string> ReferenceRows { get; init; } = new();

    public string ReferenceHeading { get; init; } = "Reference data";

    public string? Secret { get; init; }

    public bool UnclosedBlock { get; init; }

    public required string Model { get; init; }

    public required double Temperature { get; init; }

    public Defect Defect { get; init; }
}
