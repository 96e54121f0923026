using PromptLint.Diagnostics;
using PromptLint.Linting;

namespace PromptLint.Cli.Reporting;

/// <summary>A finding as the CLI reports it: with its path for people (relative to the working directory), its
/// path for tools (relative to the repository root) and a fingerprint that survives line shifts.</summary>
internal sealed record ReportedFinding(Finding Finding, string DisplayPath, string RepoPath, string Fingerprint)
{
    public string Message(bool redact) => redact ? Finding.Rule.Title + " (message redacted)" : Finding.Message;
}

/// <summary>Everything a writer needs: the findings to show, how many files were linted, and the baseline's effect.</summary>
internal sealed record LintReport(IReadOnlyList<ReportedFinding> Findings, int FilesLinted, int Baselined, int BaselineFixed, bool Redact)
{
    public int Count(Severity severity) => Findings.Count(f => f.Finding.Severity == severity);
}
