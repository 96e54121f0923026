using System.Text;
using CsCheck;
using PromptLint.Linting;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>
/// Random and adversarial prompt text through the whole lint: no exception, and the findings of two runs are identical
/// (no timeout, cache or ordering may make a verdict depend on anything but the input).
/// </summary>
public sealed class AnalysisPropertyTests
{
    /// <summary>Pieces prompts are made of, so random strings hit the outline's structures, not only plain letters.</summary>
    private static readonly string[] Pieces =
    {
        "You are ", "Act as ", "if you are unsure", "Respond ", "only ", "in JSON", "not ", "do not use bullet points", "3 ", "sentences",
        "under 50 words", "between 1 and 5", "Input:", "Output:", "[Input]", "### Example 1", "## Examples", "+++++", "---", "```json", "```",
        "<example>", "</example>", "<input>", "</input>", "<output>", "</output>", "{{x}}", "{{$length}}", "{% for m in h %}", "{% endfor %}",
        "Q: ", "A: ", "- ", "1. ", "**Note:**", "| a | b |", "|---|---|", "->", ": ", ".", "?", ",", "\n", "\n\n", "\t", " ", "\"yes\"",
        "user:", "system:", "assistant:", "Answer:", "{", "}", "<", ">", "#", "\u2019", "\r\n", "EXAMPLE", "END OF EXAMPLE",
    };

    private static readonly Gen<string> PromptText =
        Gen.OneOf(
            Gen.Int[0, Pieces.Length - 1].Array[0, 120].Select(ix => string.Concat(ix.Select(i => Pieces[i]))),
            Gen.String[Gen.Char.AlphaNumeric, 0, 400],
            Gen.Char[' ', '\u00ff'].Array[0, 400].Select(cs => new string(cs)));

    private static readonly string[] FileNames = { "a.md", "a.txt", "a.prompty", "a.prompt", "skprompt.txt", "a.jinja2", "a.json", "a.sbn" };

    private static readonly Gen<string> FileName = Gen.Int[0, FileNames.Length - 1].Select(i => FileNames[i]);

    [Fact]
    public void Lint_never_throws_and_is_identical_run_to_run() =>
        Gen.Select(FileName, PromptText).Sample((file, text) =>
        {
            string first = Render(Linter.Lint(file, Encoding.UTF8.GetBytes(text)));
            string second = Render(Linter.Lint(file, Encoding.UTF8.GetBytes(text)));
            Assert.Equal(first, second);
        }, iter: 400, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Roles_and_system_markers_around_random_text_are_stable() =>
        PromptText.Sample(text =>
        {
            string prompt = "system:\n" + text + "\nuser:\n{{question}}\n";
            Assert.Equal(Render(Linter.Lint("a.prompty", Encoding.UTF8.GetBytes(prompt))), Render(Linter.Lint("a.prompty", Encoding.UTF8.GetBytes(prompt))));
        }, iter: 200, seed: "0N0XIzNsQ0O3");

    private static string Render(LintResult result) => string.Join("\n", result.Findings.Select(f => f.ToString()));
}
