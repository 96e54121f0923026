using System;
using System.Collections.Generic;

namespace PromptLint.Text;

/// <summary>The text of one input with its line map. Offsets are UTF-16 code units.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    /// <summary>Where the content starts: after a byte order mark, if the text kept one.</summary>
    public int ContentStart => Text.Length > 0 && Text[0] == '\uFEFF' ? 1 : 0;

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

    /// <summary>Span of a 1-based line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int start = GetLineStart(line);
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
