using System.Text;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// <c>--format github</c>: workflow commands (<c>::error file=…,line=…::message</c>) with GitHub's escaping, and,
/// when <c>GITHUB_STEP_SUMMARY</c> names a file, a Markdown summary table appended to it.
/// </summary>
internal static class GitHubReportWriter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (ReportedFinding f in report.Findings)
        {
            var p = f.Finding.Position;
            string command = f.Finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            output.WriteLine(
                $"::{command} file={Property(f.RepoPath)},line={p.Start.Line},col={p.Start.Column},endLine={p.End.Line},endColumn={p.End.Column},title={Property(f.Finding.RuleId)}::{Data(f.Message(report.Redact))}");
        }

        output.WriteLine(TextReportWriter.Summary(report));
    }

    /// <summary>Escaping for a command's message: other controls and bidi characters made visible (<see cref="SafeText"/>), then <c>%</c>, CR and LF.</summary>
    public static string Data(string value) => SafeText.Visible(value, keepLineBreaks: true).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escaping for a property value: the data escapes plus <c>:</c> and <c>,</c>.</summary>
    public static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");

    public static string StepSummary(LintReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine("### PromptLint");
        sb.AppendLine();
        sb.AppendLine(TextReportWriter.Summary(report));
        if (report.Findings.Count == 0)
        {
            return sb.ToString();
        }

        sb.AppendLine();
        sb.AppendLine("| Severity | Rule | Location | Message |");
        sb.AppendLine("|---|---|---|---|");
        foreach (ReportedFinding f in report.Findings)
        {
            var p = f.Finding.Position.Start;
            sb.AppendLine($"| {TextReportWriter.SeverityWord(f.Finding.Severity)} | {RuleCell(f.Finding.Rule)} | {Cell(SafeText.CodeSpan($"{f.RepoPath}:{p.Line}:{p.Column}"))} | {Cell(f.Message(report.Redact))} |");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => SafeText.MarkdownCell(text);

    private static string RuleCell(RuleDescriptor rule) => rule.HelpLink is { } link ? $"[{rule.Id}]({link})" : rule.Id;
}
