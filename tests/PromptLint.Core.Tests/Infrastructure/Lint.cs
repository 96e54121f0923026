using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.Infrastructure;

/// <summary>Lints inline text as if it were a file with the given name (the name picks the format).</summary>
internal static class Lint
{
    public static IReadOnlyList<Finding> Text(string fileName, string text, LintSettings? settings = null, Dictionary<string, string>? companions = null) =>
        Linter.Lint(new PromptInput(fileName, text, companions), settings ?? LintSettings.Default).Findings;

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId).ToList();

    public static LinePosition Start(this Finding finding) => finding.Position.Start;
}
