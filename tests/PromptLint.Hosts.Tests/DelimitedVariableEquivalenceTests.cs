namespace PromptLint.Hosts.Tests;

/// <summary>
/// PL5004 reads the message the model receives, not the file's bytes: one system prompt with a variable wrapped in
/// tags (on its own lines and inline) and one bare variable gives one PL5004, at the bare variable, in every format
/// that carries template variables, and the same in the CLI, the analyzer and the task. A JSON string holds the
/// prompt's line breaks as <c>\n</c> escapes; the rule once read the raw JSON and flagged the wrapped variable there
/// while the same prompt as Prompty was clean (issue 21).
/// </summary>
public sealed class DelimitedVariableEquivalenceTests : IDisposable
{
    private const string Intro = "You route support tickets for Contoso's billing team. Reply with one word: billing, refund or other.";

    private readonly TempRepository _repository = new();

    public static TheoryData<string, string> Formats => new()
    {
        { "triage.prompty", "---\nname: triage\n---\nsystem:\n" + Lines("message", "{{message}}", "{{order}}", "{{notes}}") + "\nuser:\nhi\n" },
        { "triage.json", "[{\"role\": \"system\", \"content\": \"" + Lines("message", "{{message}}", "{{order}}", "{{notes}}").Replace("\n", "\\n", StringComparison.Ordinal) + "\"}, {\"role\": \"user\", \"content\": \"hi\"}]" },
        { "triage.prompt", "---\nmodel: googleai/gemini-2.5-flash\n---\n{{role \"system\"}}\n" + Lines("message", "{{message}}", "{{order}}", "{{notes}}") + "{{role \"user\"}}\nhi\n" },
        { "triage.jinja2", "# system:\n" + Lines("message", "{{message}}", "{{order}}", "{{notes}}") + "\n# user:\nhi\n" },
        { "triage.system.md", Lines("message", "{{message}}", "{{order}}", "{{notes}}") },
        // Semantic Kernel's own role syntax is <message role="…">, so the wrapping tag there is another name.
        { "Plugins/Triage/skprompt.txt", "<message role=\"system\">\n" + Lines("ticket", "{{$ticket}}", "{{$order}}", "{{$notes}}") + "</message>\n<message role=\"user\">hi</message>\n" },
        { "triage.yaml", "name: Triage\ntemplate_format: handlebars\ntemplate: |\n  <message role=\"system\">\n" + Indent(Lines("ticket", "{{ticket}}", "{{order}}", "{{notes}}")) + "  </message>\n  <message role=\"user\">hi</message>\n" },
        { "triage.quoted.yaml", "name: Triage\ntemplate_format: handlebars\ntemplate: \"<message role=\\\"system\\\">\\n" + Lines("ticket", "{{ticket}}", "{{order}}", "{{notes}}").Replace("\n", "\\n", StringComparison.Ordinal) + "</message>\\n<message role=\\\"user\\\">hi</message>\"\n" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Only_the_bare_variable_is_flagged_in_every_format_and_host(string file, string text)
    {
        _repository.Write(file, text);
        List<string> files = _repository.Files().ToList();
        List<string> cli = HostRunners.Cli(_repository.Root);

        (int line, int column) = PositionOf(text, "notes");
        Assert.Equal([$"{file}({line},{column}) warning PL5004"], cli.Where(f => f.EndsWith(" PL5004", StringComparison.Ordinal)));
        Assert.Equal(cli, HostRunners.Analyzer(_repository.Root, files));
        Assert.Equal(cli, HostRunners.Task(_repository.Root, files));
    }

    /// <summary>The system prompt: a variable on its own lines between tags, one inline between tags, one bare.</summary>
    private static string Lines(string tag, string wrapped, string inline, string bare) =>
        $"{Intro}\n<{tag}>\n{wrapped}\n</{tag}>\nThe order: <order>{inline}</order>\nTicket notes: {bare}\n";

    private static string Indent(string lines) =>
        string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n"));

    /// <summary>The 1-based line and column of the tag that reads <paramref name="name"/> (the bare variable), found in the file's text.</summary>
    private static (int Line, int Column) PositionOf(string text, string name)
    {
        int at = text.IndexOf("{{" + name, StringComparison.Ordinal);
        at = at >= 0 ? at : text.IndexOf("{{$" + name, StringComparison.Ordinal);
        string before = text[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    public void Dispose() => _repository.Dispose();
}
