using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PromptLint.Ladder.Writers;

/// <summary>A minimal indented JSON writer (Core has no System.Text.Json on netstandard2.0 without a package).</summary>
internal sealed class JsonOut
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<bool> _first = new();
    private int _depth;
    private bool _afterName;

    public JsonOut Begin(char open)
    {
        Prefix();
        _sb.Append(open);
        _first.Push(true);
        _depth++;
        return this;
    }

    public JsonOut End(char close)
    {
        bool empty = _first.Pop();
        _depth--;
        if (!empty)
        {
            _sb.Append('\n').Append(' ', _depth * 2);
        }

        _sb.Append(close);
        return this;
    }

    public JsonOut Name(string name)
    {
        Prefix();
        String(name);
        _sb.Append(": ");
        _afterName = true;
        return this;
    }

    public JsonOut Value(string? value)
    {
        Prefix();
        if (value is null) _sb.Append("null");
        else String(value);
        return this;
    }

    public JsonOut Value(bool? value)
    {
        Prefix();
        _sb.Append(value is null ? "null" : value.Value ? "true" : "false");
        return this;
    }

    public JsonOut Value(decimal? value)
    {
        Prefix();
        _sb.Append(value is null ? "null" : LadderText.Json(value.Value));
        return this;
    }

    public JsonOut Value(long? value)
    {
        Prefix();
        _sb.Append(value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonOut Prop(string name, string? value) => Name(name).Value(value);

    public JsonOut Prop(string name, bool? value) => Name(name).Value(value);

    public JsonOut Prop(string name, decimal? value) => Name(name).Value(value);

    public JsonOut Prop(string name, long? value) => Name(name).Value(value);

    public JsonOut Strings(string name, IEnumerable<string> values)
    {
        Name(name).Begin('[');
        foreach (string v in values) Value(v);
        return End(']');
    }

    public override string ToString() => _sb.ToString();

    private void Prefix()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_first.Count > 0)
        {
            if (!_first.Pop()) _sb.Append(',');
            _first.Push(false);
            _sb.Append('\n').Append(' ', _depth * 2);
        }
    }

    private void String(string value)
    {
        _sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\r': _sb.Append("\\r"); break;
                case '\t': _sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        _sb.Append(c).Append(value[++i]); // a pair is one code point, written as it is
                    }
                    else if (c < 0x20 || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); // lone surrogates too, so the output encodes
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    break;
            }
        }

        _sb.Append('"');
    }
}
