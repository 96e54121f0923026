using System.IO;
using System.Text;

namespace PromptLint.Datasets;

/// <summary>
/// Reads a JSONL stream one line at a time with a cap on line length, so a 200 MB file (or one 200 MB line) never
/// sits in memory whole. Tracks each line's number and its offset in the stream for findings.
/// </summary>
internal sealed class JsonlLineReader
{
    /// <summary>Longer lines are cut here and reported; no single fine-tuning example comes near 4 Mi characters.</summary>
    public const int MaxLineLength = 4 * 1024 * 1024;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _length;
    private int _pos;
    private long _offset;

    public JsonlLineReader(TextReader reader) => _reader = reader;

    public int LineNumber { get; private set; }

    /// <summary>Offset of the current line's first character in the stream.</summary>
    public long LineOffset { get; private set; }

    /// <summary>True when the current line was longer than <see cref="MaxLineLength"/> and was cut.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The next line without its line break, or null at the end of the stream.</summary>
    public string? Next()
    {
        _line.Clear();
        Truncated = false;
        LineOffset = _offset;
        bool any = false;
        while (true)
        {
            if (_pos == _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_length <= 0)
                {
                    _length = 0;
                    if (!any)
                    {
                        return null;
                    }

                    LineNumber++;
                    return Finish();
                }
            }

            any = true;
            int start = _pos;
            while (_pos < _length && _buffer[_pos] != '\n')
            {
                _pos++;
            }

            Append(start, _pos - start);
            _offset += _pos - start;
            if (_pos < _length)
            {
                _pos++; // the '\n'
                _offset++;
                LineNumber++;
                return Finish();
            }
        }
    }

    private void Append(int start, int count)
    {
        int room = MaxLineLength - _line.Length;
        if (count > room)
        {
            Truncated = true;
            count = room;
        }

        if (count > 0)
        {
            _line.Append(_buffer, start, count);
        }
    }

    private string Finish()
    {
        if (_line.Length > 0 && _line[_line.Length - 1] == '\r')
        {
            _line.Length--;
        }

        return _line.ToString();
    }
}
