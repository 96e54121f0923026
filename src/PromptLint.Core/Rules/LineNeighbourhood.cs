using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;

namespace PromptLint.Rules;

/// <summary>
/// The lines around positions of one message, without copying them: the lines are the outline's, and each line's
/// trimmed bounds (and the run of <c>#</c> it starts with) are computed once, so asking for the line before or after
/// any number of positions costs a binary search and the whitespace next to each position. Offsets are the
/// message's, so the neighbours are the lines the model reads, whatever escapes or indentation the file adds.
/// </summary>
internal sealed class LineNeighbourhood
{
    private readonly MessageOutline _outline;
    private readonly List<int> _first = new();
    private readonly List<int> _last = new();
    private readonly List<int> _hashEnd = new();

    public LineNeighbourhood(MessageOutline outline)
    {
        _outline = outline;
        Text = outline.Text;
        foreach (Line line in outline.Lines)
        {
            AddLine(line.Span.Start, line.Span.End);
        }
    }

    public string Text { get; }

    /// <summary>The text before <paramref name="offset"/> on its line, trimmed, when it is not blank; else the nearest non-blank line above.</summary>
    public LineSlice PreviousNonBlank(int offset)
    {
        int line = LineOf(offset);
        if (_first[line] < offset)
        {
            int end = offset;
            while (end > _first[line] && char.IsWhiteSpace(Text[end - 1]))
            {
                end--;
            }

            return new LineSlice(Text, _first[line], end, Math.Min(_hashEnd[line], end));
        }

        for (int above = line - 1; above >= 0; above--)
        {
            if (_first[above] < _last[above])
            {
                return Whole(above);
            }
        }

        return LineSlice.Empty;
    }

    /// <summary>The text after <paramref name="offset"/> on its line, trimmed, when it is not blank; else the nearest non-blank line below.</summary>
    public LineSlice NextNonBlank(int offset)
    {
        int line = LineOf(offset);
        if (_last[line] > offset)
        {
            int start = offset;
            while (char.IsWhiteSpace(Text[start]))
            {
                start++;
            }

            int hashEnd = start;
            while (hashEnd < _last[line] && Text[hashEnd] == '#')
            {
                hashEnd++;
            }

            return new LineSlice(Text, start, _last[line], hashEnd);
        }

        for (int below = line + 1; below < _first.Count; below++)
        {
            if (_first[below] < _last[below])
            {
                return Whole(below);
            }
        }

        return LineSlice.Empty;
    }

    private LineSlice Whole(int line) => new(Text, _first[line], _last[line], _hashEnd[line]);

    private void AddLine(int start, int end)
    {
        int first = start;
        while (first < end && char.IsWhiteSpace(Text[first]))
        {
            first++;
        }

        int last = end;
        while (last > first && char.IsWhiteSpace(Text[last - 1]))
        {
            last--;
        }

        int hashEnd = first;
        while (hashEnd < last && Text[hashEnd] == '#')
        {
            hashEnd++;
        }

        _first.Add(first);
        _last.Add(last);
        _hashEnd.Add(hashEnd);
    }

    /// <summary>The line holding <paramref name="offset"/> (a line's end, its <c>\n</c>, belongs to it).</summary>
    private int LineOf(int offset) => _outline.LineAt(offset);
}

/// <summary>A trimmed piece of a line, compared in place.</summary>
internal readonly struct LineSlice
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _hashEnd;

    public LineSlice(string text, int start, int end, int hashEnd)
    {
        _text = text;
        _start = start;
        Length = end - start;
        _hashEnd = hashEnd;
    }

    public static LineSlice Empty { get; } = new(string.Empty, 0, 0, 0);

    public int Length { get; }

    public char this[int index] => _text[_start + index];

    public bool StartsWith(string value) => Length >= value.Length && string.CompareOrdinal(_text, _start, value, 0, value.Length) == 0;

    public bool EndsWith(char value) => Length > 0 && _text[_start + Length - 1] == value;

    public bool Is(string value) => Length == value.Length && StartsWith(value);

    /// <summary>Whether every character is <c>#</c> (the only character asked about; the run is precomputed).</summary>
    public bool IsAll(char hash) => hash == '#' && _hashEnd >= _start + Length;
}
