using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

/// <summary>
/// Where one message's worked examples stand, sorted and merged: the value <see cref="ExampleFinder"/> hands to the
/// finders that skip examples (an example's output shows an answer; it instructs nothing). The outline stays unwritten.
/// </summary>
internal sealed class ExampleRegions
{
    private readonly TextSpan[] _spans;

    private ExampleRegions(TextSpan[] spans) => _spans = spans;

    /// <summary>A message no example was looked for in (a chat turn before the final user turn).</summary>
    public static ExampleRegions None { get; } = new(Array.Empty<TextSpan>());

    /// <summary>The regions of examples sorted by start; overlapping ones merge.</summary>
    public static ExampleRegions Of(IReadOnlyList<FoundExample> sorted)
    {
        var spans = new List<TextSpan>(sorted.Count);
        foreach (FoundExample e in sorted)
        {
            if (spans.Count == 0 || spans[spans.Count - 1].End <= e.Span.Start)
            {
                spans.Add(e.Span);
            }
            else
            {
                TextSpan last = spans[spans.Count - 1];
                spans[spans.Count - 1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, e.Span.End));
            }
        }

        return new ExampleRegions(spans.ToArray());
    }

    public bool Contains(int offset)
    {
        int lo = 0, hi = _spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            TextSpan span = _spans[mid];
            if (span.Contains(offset))
            {
                return true;
            }

            if (span.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence starts inside an example.</summary>
    public bool Holds(Sentence sentence) => Contains(sentence.Span.Start);
}
