using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Diagnostics;

/// <summary>One reported problem: a rule, its effective severity, a message and an exact position.</summary>
public sealed record Finding(RuleDescriptor Rule, Severity Severity, string Path, TextSpan Span, LinePositionSpan Position, string Message)
{
    public string RuleId => Rule.Id;

    /// <summary>MSBuild canonical form: <c>path(line,col): warning PL1001: message</c>.</summary>
    public string ToCanonicalString() =>
        $"{Path}({Position.Start.Line},{Position.Start.Column}): {SeverityWord} {Rule.Id}: {Message}";

    private string SeverityWord => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
