using PromptLint.Text;

namespace PromptLint.Model;

public enum ExampleKind
{
    /// <summary>A user turn followed by an assistant turn before the final user turn.</summary>
    Structural,
    /// <summary>An example written inside the instructions (<c>&lt;example&gt;</c>, <c>Input:/Output:</c>, <c>Q:/A:</c>, "Example 1:").</summary>
    Textual,
}

/// <summary>One worked input→output example. <see cref="Output"/> is what the example shows the model answering.</summary>
public sealed record FewShotExample(ExampleKind Kind, TextSpan Span, string Input, string Output);
