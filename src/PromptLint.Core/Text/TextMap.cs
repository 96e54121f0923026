using System;
using System.Collections.Generic;

namespace PromptLint.Text;

/// <summary>
/// Maps offsets in a derived text (a message body with YAML indentation removed, a JSON string with
/// escapes decoded, …) back to offsets in the original source. Built from runs copied verbatim.
/// </summary>
public sealed class TextMap
{
    private readonly List<Segment> _segments;
    private readonly int _shift;

    private TextMap(List<Segment> segments, int shift = 0)
    {
        _segments = segments;
        _shift = shift;
    }

    /// <summary>The map of the derived text's substring that starts at <paramref name="textStart"/>.</summary>
    public TextMap Slice(int textStart) => new(_segments, _shift + textStart);

    /// <summary>The derived text is one verbatim run of the source starting at <paramref name="sourceStart"/>.</summary>
    public static TextMap Contiguous(int sourceStart, int length) =>
        new(new List<Segment> { new(0, sourceStart, length) });

    public int ToSource(int textOffset)
    {
        textOffset += _shift;
        if (_segments.Count == 0)
        {
            return 0;
        }

        int lo = 0, hi = _segments.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_segments[mid].TextStart <= textOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        Segment s = _segments[lo];
        return s.SourceStart + Math.Min(Math.Max(0, textOffset - s.TextStart), s.Length);
    }

    public TextSpan ToSource(TextSpan textSpan)
    {
        int start = ToSource(textSpan.Start);
        int end = textSpan.Length == 0 ? start : ToSource(textSpan.End - 1) + 1;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>Accumulates derived text together with the source runs it came from.</summary>
    public sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<Segment> _segments = new();

        /// <summary>Appends a run copied verbatim from the source.</summary>
        public void AppendSource(string source, int sourceStart, int length)
        {
            if (length <= 0)
            {
                return;
            }

            Segment last = _segments.Count > 0 ? _segments[_segments.Count - 1] : default;
            if (_segments.Count > 0 && last.TextStart + last.Length == _text.Length && last.SourceStart + last.Length == sourceStart)
            {
                _segments[_segments.Count - 1] = last with { Length = last.Length + length };
            }
            else
            {
                _segments.Add(new Segment(_text.Length, sourceStart, length));
            }

            _text.Append(source, sourceStart, length);
        }

        /// <summary>Appends text that stands for a source range of another length (an escape sequence, a folded line break).</summary>
        public void AppendSynthetic(string text, int sourceStart)
        {
            if (text.Length == 0)
            {
                return;
            }

            _segments.Add(new Segment(_text.Length, sourceStart, 0));
            _text.Append(text);
        }

        public (string Text, TextMap Map) Build() => (_text.ToString(), new TextMap(new List<Segment>(_segments)));
    }

    private readonly record struct Segment(int TextStart, int SourceStart, int Length);
}
