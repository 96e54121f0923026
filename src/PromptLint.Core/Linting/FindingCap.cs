using System;
using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Linting;

/// <summary>
/// Keeps the first <c>maxFindingsPerRule</c> findings of each rule in one file (PL0016's option) and replaces the
/// rest with one PL0016 finding that gives their count, so 100,000 unclosed tags make a report of a hundred
/// lines, not of 42 MB. Applied after suppressions, to findings already in report order.
/// </summary>
internal static class FindingCap
{
    public static List<Finding> Apply(List<Finding> sorted, LintSettings settings, SourceText source)
    {
        int cap = Math.Max(1, settings.Option(FindingsCapped.Rule, "maxFindingsPerRule"));
        if (sorted.Count <= cap)
        {
            return sorted;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstDropped = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var kept = new List<Finding>(Math.Min(sorted.Count, cap * 8));
        foreach (Finding finding in sorted)
        {
            int seen = counts.TryGetValue(finding.RuleId, out int n) ? n + 1 : 1;
            counts[finding.RuleId] = seen;
            if (seen <= cap)
            {
                kept.Add(finding);
            }
            else if (seen == cap + 1)
            {
                firstDropped[finding.RuleId] = finding;
            }
        }

        if (firstDropped.Count == 0)
        {
            return sorted;
        }

        Severity severity = settings.SeverityOf(FindingsCapped.Rule);
        if (severity != Severity.None)
        {
            foreach (var pair in firstDropped)
            {
                int total = counts[pair.Key];
                Finding at = pair.Value;
                kept.Add(new Finding(FindingsCapped.Rule, severity, at.Path, at.Span, at.Position,
                    $"{pair.Key} was reported {total:N0} times in this file; only the first {cap:N0} are shown (maxFindingsPerRule) and {total - cap:N0} more are left out; fix those first"));
            }

            kept.Sort(FindingOrder.Instance);
        }

        return kept;
    }
}
