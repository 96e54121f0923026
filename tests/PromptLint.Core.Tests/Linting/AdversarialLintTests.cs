using System.Text;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Linting;

/// <summary>Whole-pipeline adversarial inputs (readers, scanner, detectors, rules): the lint finishes and reports sanely.</summary>
public sealed class AdversarialLintTests
{
    private static readonly Dictionary<string, (string File, string Text)> Inputs = new()
    {
        ["1 MB single line"] = ("a.md", "You are a bot. " + new string('x', 1_000_000)),
        ["50k Input/Output lines"] = ("a.md", string.Concat(Enumerable.Repeat("Input: a\nOutput: b\n", 25_000))),
        ["20k unclosed example tags"] = ("a.md", string.Concat(Enumerable.Repeat("<example>\n", 20_000))),
        ["20k closed example tags"] = ("a.md", string.Concat(Enumerable.Repeat("<example>Q: a\nA: b</example>\n", 20_000))),
        ["100k {{ in a prompty body"] = ("a.prompty", "system:\n" + string.Concat(Enumerable.Repeat("{{", 100_000))),
        ["10k role markers"] = ("a.prompty", string.Concat(Enumerable.Repeat("user:\nhi\nassistant:\nho\n", 10_000))),
        ["500k spaces"] = ("a.txt", new string(' ', 500_000)),
        ["deep JSON"] = ("a.json", new string('[', 100_000) + new string(']', 100_000)),
        ["200k sentence fragments"] = ("a.md", string.Concat(Enumerable.Repeat("Respond in ", 200_000))),
        ["20k fenced blocks under Examples"] = ("a.md", "## Examples\n" + string.Concat(Enumerable.Repeat("```\nx\n```\n", 20_000))),
        ["20k nested history loops"] = ("a.jinja2", string.Concat(Enumerable.Repeat("{% for m in chat_history %}\n# user:\n", 20_000)) + string.Concat(Enumerable.Repeat("{% endfor %}\n", 20_000))),
        ["50k Jinja comments and role lines"] = ("a.j2", string.Concat(Enumerable.Repeat("{# note #}\nuser:\nhi\n", 50_000))),
        ["50k open POML elements, 50k stray closers"] = ("a.poml", "<poml>" + string.Concat(Enumerable.Repeat("<a>", 50_000)) + string.Concat(Enumerable.Repeat("</b>", 50_000))),
        ["50k POML quotes"] = ("a.poml", "<poml><user-msg x=\"" + string.Concat(Enumerable.Repeat("<user-msg y='", 50_000))),
        ["Liquid: one {% after 100k {{ }}"] = ("a.liquid", string.Concat(Enumerable.Repeat("Say {{ x }}\n", 100_000)) + "{% if a %}"),
        ["Scriban: 100k unclosed strings"] = ("a.sbn", string.Concat(Enumerable.Repeat("{{ \"", 100_000))),
        ["Scriban: 1 MB of tags"] = ("a.sbn", string.Concat(Enumerable.Repeat("You are {{ a.b | string.upcase }} {{ for x in y }}{{ x }}{{ end }}\n", 16_000))),
        ["Dotprompt: 100k header lines"] = ("a.prompt", string.Concat(Enumerable.Repeat("# licence\n", 100_000)) + "---\nmodel: x\n---\nWrite it.\n"),
    };

    public static TheoryData<string> Names => new(Inputs.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Lint_finishes_on_adversarial_input(string name)
    {
        var (file, text) = Inputs[name];
        var settings = LintSettings.Default.WithOption("PL0013", "maxFileBytes", 10_000_000);
        LintResult result = Linter.Lint(file, Encoding.UTF8.GetBytes(text), settings);
        Assert.All(result.Findings, f => Assert.True(f.Position.Start.Line >= 1 && f.Position.Start.Column >= 1));
    }
}
