using Microsoft.Build.Utilities;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.MSBuild;

/// <summary>
/// Findings as MSBuild errors and warnings: file, line, column, code and help link. End positions are left out
/// so the line prints as the compiler prints analyzer diagnostics: <c>path(line,col): warning PL1001: …</c>.
/// </summary>
internal static class TaskLogging
{
    public static void Log(TaskLoggingHelper log, Finding finding, string file)
    {
        var p = finding.Position;
        string message = Text.SafeText.Visible(finding.Message); // no escape sequence from a prompt reaches the build log
        switch (finding.Severity)
        {
            case Severity.Error:
                log.LogError(null, finding.RuleId, null, finding.Rule.HelpLink, file, p.Start.Line, p.Start.Column, 0, 0, "{0}", message);
                break;
            case Severity.Warning:
                log.LogWarning(null, finding.RuleId, null, finding.Rule.HelpLink, file, p.Start.Line, p.Start.Column, 0, 0, "{0}", message);
                break;
            case Severity.Info:
                log.LogMessage(null, finding.RuleId, null, file, p.Start.Line, p.Start.Column, 0, 0, Microsoft.Build.Framework.MessageImportance.High, "{0}", $"info {finding.RuleId}: {message}");
                break;
        }
    }
}
