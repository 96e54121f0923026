using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Suppressions;

/// <summary>
/// PL0003's message. A directive whose rule is still reported elsewhere in the file was put in the wrong place, so
/// the message says where that finding is and where the comment would cover it; one whose rule is reported nowhere
/// in the file is stale and can go.
/// </summary>
internal static class MisplacedSuppression
{
    public static string Message(SuppressionDirective directive, IReadOnlyList<Finding> unsuppressed, PromptDocument document, MessageExtents messages)
    {
        Finding? nearest = directive.RuleIds.Count == 0 ? null : unsuppressed
            .Where(f => directive.RuleIds.Any(id => string.Equals(id, f.RuleId, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => Math.Abs(f.Span.Start - directive.Span.Start))
            .FirstOrDefault();
        return nearest is null
            ? $"'{directive.Text}' suppresses nothing; remove it"
            : $"'{directive.Text}' suppresses nothing where it is: {nearest.RuleId} is reported on line {nearest.Position.Start.Line}; {Advice(directive, nearest, document, messages)}";
    }

    private static string Advice(SuppressionDirective directive, Finding finding, PromptDocument document, MessageExtents messages)
    {
        string id = finding.RuleId;
        int line = finding.Position.Start.Line;
        if (messages.At(finding.Span.Start) is { RoleIsImplicit: false } message)
        {
            string role = message.Role.ToString().ToLowerInvariant();
            int roleLine = document.Source.GetLinePosition(message.MarkerSpan.Start).Line;
            return ReferenceEquals(messages.At(directive.Span.Start), message)
                ? $"write promptlint-disable {id} here instead: inside a message it covers the message's findings from its '{role}' line ({roleLine})"
                : $"move it inside the {role} message that starts on line {roleLine}, as promptlint-disable {id}: there it covers the message's findings";
        }

        return line > 1
            ? $"move it to line {line - 1} as promptlint-disable-next-line {id}, or to line {line} as promptlint-disable-line {id}"
            : $"move it to line 1 as promptlint-disable-line {id}, or disable {id} for the file with the metadata key promptlint: {{ disable: [{id}] }}";
    }
}
