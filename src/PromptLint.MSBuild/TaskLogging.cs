using Microsoft.Build.Utilities;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.MSBuild;

/// <summary>Findings as MSBuild errors and warnings: file, line, column, code and help link, in the canonical format.</summary>
internal static class TaskLogging
{
    public static void Log(TaskLoggingHelper log, Finding finding, string file)
    {
        var p = finding.Position;
        switch (finding.Severity)
        {
            case Severity.Error:
                log.LogError("PromptLint", finding.RuleId, null, finding.Rule.HelpLink, file, p.Start.Line, p.Start.Column, p.End.Line, p.End.Column, "{0}", finding.Message);
                break;
            case Severity.Warning:
                log.LogWarning("PromptLint", finding.RuleId, null, finding.Rule.HelpLink, file, p.Start.Line, p.Start.Column, p.End.Line, p.End.Column, "{0}", finding.Message);
                break;
            case Severity.Info:
                log.LogMessage("PromptLint", finding.RuleId, null, file, p.Start.Line, p.Start.Column, p.End.Line, p.End.Column, Microsoft.Build.Framework.MessageImportance.High, "{0}", $"info {finding.RuleId}: {finding.Message}");
                break;
        }
    }
}
