using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Cli.Reporting;

/// <summary>The MSBuild canonical format, <c>path(line,col): warning PL1001: message</c>, and a summary line.</summary>
internal static class TextReportWriter
{
    public static void Write(LintReport report, TextWriter output)
    {
        foreach (ReportedFinding f in report.Findings)
        {
            var start = f.Finding.Position.Start;
            output.WriteLine($"{SafeText.Visible(f.DisplayPath)}({start.Line},{start.Column}): {SeverityWord(f.Finding.Severity)} {f.Finding.RuleId}: {SafeText.Visible(f.Message(report.Redact))}");
        }

        output.WriteLine(Summary(report));
    }

    public static string Summary(LintReport report)
    {
        int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), infos = report.Count(Severity.Info);
        string line = $"{report.FilesLinted} file{Plural(report.FilesLinted)} linted: {errors} error{Plural(errors)}, {warnings} warning{Plural(warnings)}, {infos} info";
        if (report.Baselined > 0 || report.BaselineFixed > 0)
        {
            line += $" ({report.Baselined} baselined, {report.BaselineFixed} baseline entr{(report.BaselineFixed == 1 ? "y" : "ies")} fixed)";
        }

        return line;
    }

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Plural(int n) => n == 1 ? "" : "s";
}
