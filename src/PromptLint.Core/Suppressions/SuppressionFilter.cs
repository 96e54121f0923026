using System.Collections.Generic;
using System.Linq;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Suppressions;

/// <summary>
/// Applies a document's suppressions to its findings, and reports directives that suppressed nothing
/// (PL0003) or name unknown rules (PL0002). PL0003 itself cannot be suppressed by the directive it is about.
/// </summary>
internal static class SuppressionFilter
{
    public static List<Finding> Apply(PromptDocument document, List<Finding> findings, RuleContext context)
    {
        List<SuppressionDirective> directives = SuppressionScanner.Scan(document);
        if (directives.Count == 0)
        {
            return findings;
        }

        SourceText source = document.Source;
        var used = new HashSet<SuppressionDirective>();
        var kept = new List<Finding>();
        foreach (Finding finding in findings)
        {
            SuppressionDirective? by = directives.FirstOrDefault(d => Covers(d, finding, directives, source));
            if (by is null)
            {
                kept.Add(finding);
            }
            else
            {
                used.Add(by);
            }
        }

        var extra = new List<Finding>();
        context.ReportInto(extra, () =>
        {
            foreach (SuppressionDirective directive in directives.Where(d => d.Kind != SuppressionKind.Enable))
            {
                foreach (string id in directive.RuleIds.Where(id => RuleCatalog.Find(id) is null))
                {
                    context.Report(RuleCatalog.UnknownConfigurationKey, directive.Span, $"'{directive.Text}' names unknown rule '{id}'; 'promptlint rules' lists the rule IDs");
                }

                if (!used.Contains(directive))
                {
                    context.Report(RuleCatalog.UnusedSuppression, directive.Span, $"'{directive.Text}' suppresses nothing; remove it");
                }
            }
        });
        kept.AddRange(extra);
        return kept;
    }

    private static bool Covers(SuppressionDirective directive, Finding finding, List<SuppressionDirective> all, SourceText source)
    {
        if (finding.Rule == RuleCatalog.UnusedSuppression || (directive.RuleIds.Count > 0 && !directive.RuleIds.Any(id => string.Equals(id, finding.RuleId, System.StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        int line = finding.Position.Start.Line;
        LinePositionSpan at = source.GetLinePositionSpan(directive.Span);
        switch (directive.Kind)
        {
            case SuppressionKind.File:
                return true;
            case SuppressionKind.DisableLine:
                return line == at.Start.Line;
            case SuppressionKind.DisableNextLine:
                return line == source.GetLinePosition(directive.CommentEnd).Line + 1;
            case SuppressionKind.Disable:
                if (line < at.Start.Line)
                {
                    return false;
                }

                // Ended by the first later promptlint-enable that names this rule (or names none).
                return !all.Any(e => e.Kind == SuppressionKind.Enable
                    && e.Span.Start > directive.Span.Start
                    && source.GetLinePosition(e.Span.Start).Line <= line
                    && (e.RuleIds.Count == 0 || e.RuleIds.Any(id => string.Equals(id, finding.RuleId, System.StringComparison.OrdinalIgnoreCase))));
            default:
                return false;
        }
    }

}
