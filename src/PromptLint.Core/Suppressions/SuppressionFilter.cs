using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
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

        var used = new HashSet<SuppressionDirective>();
        var kept = new List<Finding>();
        var messages = new MessageExtents(document);
        var coverage = new Coverage(directives, document.Source, messages);
        foreach (Finding finding in findings)
        {
            SuppressionDirective? by = finding.Rule == UnusedSuppression.Rule ? null : coverage.For(finding);
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
                    context.Report(UnknownConfigurationKey.Rule, directive.Span, $"'{directive.Text}' names unknown rule '{id}'; 'promptlint rules' lists the rule IDs");
                }

                if (!used.Contains(directive))
                {
                    context.Report(UnusedSuppression.Rule, directive.Span, MisplacedSuppression.Message(directive, kept, document, messages));
                }
            }
        });
        kept.AddRange(extra);
        return kept;
    }

    /// <summary>
    /// Answers "which directive suppresses this finding?" as the first directive in document order that covers it,
    /// without comparing every finding with every directive: per rule ID, the directives that apply are indexed by
    /// the line they cover (line and next-line forms), listed (file form), or kept as disable/enable events in line
    /// order, searched by binary search. Linear in directives per rule ID seen, logarithmic per finding.
    /// </summary>
    private sealed class Coverage
    {
        private readonly List<SuppressionDirective> _directives;
        private readonly SourceText _source;
        private readonly MessageExtents _messages;
        private readonly Dictionary<string, PerRule> _byRule = new(StringComparer.OrdinalIgnoreCase);

        public Coverage(List<SuppressionDirective> directives, SourceText source, MessageExtents messages)
        {
            _directives = directives;
            _source = source;
            _messages = messages;
        }

        public SuppressionDirective? For(Finding finding)
        {
            if (!_byRule.TryGetValue(finding.RuleId, out PerRule? rule))
            {
                rule = new PerRule(_directives, _source, _messages, finding.RuleId);
                _byRule[finding.RuleId] = rule;
            }

            return rule.For(finding.Position.Start.Line);
        }
    }

    private sealed class PerRule
    {
        private readonly int _firstFile = int.MaxValue;
        private readonly Dictionary<int, int> _firstOnLine = new();
        private readonly List<(int Line, int Index, bool Enable)> _ranges = new();
        private readonly List<SuppressionDirective> _directives;

        public PerRule(List<SuppressionDirective> directives, SourceText source, MessageExtents messages, string ruleId)
        {
            _directives = directives;
            for (int index = 0; index < directives.Count; index++)
            {
                SuppressionDirective d = directives[index];
                if (d.RuleIds.Count > 0 && !d.RuleIds.Any(id => string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                switch (d.Kind)
                {
                    case SuppressionKind.File:
                        _firstFile = Math.Min(_firstFile, index);
                        break;
                    case SuppressionKind.DisableLine:
                        AddLine(source.GetLinePosition(d.Span.Start).Line, index);
                        break;
                    case SuppressionKind.DisableNextLine:
                        AddLine(source.GetLinePosition(d.CommentEnd).Line + 1, index);
                        break;
                    case SuppressionKind.Disable:
                        // Inside a message, a disable starts at the message's role line: findings about the message sit there.
                        int from = messages.At(d.Span.Start)?.MarkerSpan.Start ?? d.Span.Start;
                        _ranges.Add((source.GetLinePosition(from).Line, index, false));
                        break;
                    case SuppressionKind.Enable:
                        _ranges.Add((source.GetLinePosition(d.Span.Start).Line, index, true));
                        break;
                }
            }

            // Directives are in document order except the metadata ones (file form, not in _ranges), so the events
            // are ordered by position; sorting by (line, position) keeps that and makes "events up to line L" a prefix.
            _ranges.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : directives[a.Index].Span.Start.CompareTo(directives[b.Index].Span.Start));
            _disableAfterLastEnable = new int[_ranges.Count];
            int lastEnable = -1;
            for (int k = 0; k < _ranges.Count; k++)
            {
                if (_ranges[k].Enable)
                {
                    lastEnable = k;
                }

                // The first disable after the latest enable in the prefix [0, k]: the disables still open there.
                _disableAfterLastEnable[k] = FirstDisable(lastEnable + 1, k);
            }
        }

        private readonly int[] _disableAfterLastEnable;

        public SuppressionDirective? For(int line)
        {
            int best = _firstFile;
            if (_firstOnLine.TryGetValue(line, out int onLine))
            {
                best = Math.Min(best, onLine);
            }

            int prefix = LastEventAtOrBefore(line);
            if (prefix >= 0 && _disableAfterLastEnable[prefix] >= 0)
            {
                best = Math.Min(best, _ranges[_disableAfterLastEnable[prefix]].Index);
            }

            return best == int.MaxValue ? null : _directives[best];
        }

        private void AddLine(int line, int index)
        {
            if (!_firstOnLine.TryGetValue(line, out int existing) || index < existing)
            {
                _firstOnLine[line] = index;
            }
        }

        private int _cachedFrom = -1, _cachedFound = -1;

        /// <summary>The first disable event in [from, to]; amortized constant as the prefix grows.</summary>
        private int FirstDisable(int from, int to)
        {
            if (from != _cachedFrom)
            {
                _cachedFrom = from;
                _cachedFound = -1;
            }

            if (_cachedFound < 0 && !_ranges[to].Enable && to >= from)
            {
                _cachedFound = to;
            }

            return _cachedFound;
        }

        private int LastEventAtOrBefore(int line) => SortedSearch.LastAtOrBefore(_ranges, line, e => e.Line);
    }
}
