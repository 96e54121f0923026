using System.Collections.Generic;
using System.Globalization;
using PromptLint.Limits;
using PromptLint.Text;

namespace PromptLint.Json;

/// <summary>A strict, depth- and size-limited recursive-descent JSON parser (RFC 8259) that records spans and string maps.</summary>
internal sealed class JsonParser
{
    private const int MaxDepth = InputLimits.MaxJsonDepth;
    private readonly string _text;
    private int _pos;
    private readonly int _maxNodes;
    private int _nodes;

    private JsonParser(string text, int start, int maxNodes)
    {
        _text = text;
        _pos = start;
        _maxNodes = maxNodes;
    }

    /// <summary>
    /// Parses the JSON text in <paramref name="text"/> starting at <paramref name="start"/> (a BOM there is skipped),
    /// holding at most <paramref name="maxNodes"/> values: prompt inputs keep the default; a baseline, whose size grows
    /// with the repository, reads more.
    /// </summary>
    public static JsonNode Parse(string text, int start = 0, int maxNodes = InputLimits.MaxJsonNodes)
    {
        var parser = new JsonParser(text, start, maxNodes);
        if (parser._pos < text.Length && text[parser._pos] == '\uFEFF')
        {
            parser._pos++;
        }

        JsonNode node = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._pos < text.Length)
        {
            throw new JsonSyntaxException(parser._pos, "unexpected text after the end of the JSON value");
        }

        return node;
    }

    private JsonNode ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonSyntaxException(_pos, $"JSON is nested deeper than {MaxDepth} levels; flatten the structure");
        }

        if (++_nodes > _maxNodes)
        {
            throw new JsonSyntaxException(_pos, $"JSON has more than {_maxNodes:N0} values; move large data out of it");
        }

        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw new JsonSyntaxException(_pos, "unexpected end of input; a value was expected");
        }

        char c = _text[_pos];
        return c switch
        {
            '{' => ParseObject(depth),
            '[' => ParseArray(depth),
            '"' => ParseString(),
            _ => ParseLiteral(),
        };
    }

    private JsonObject ParseObject(int depth)
    {
        int start = _pos++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return new JsonObject(TextSpan.FromBounds(start, _pos), properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonSyntaxException(_pos, "a property name in double quotes was expected");
            }

            JsonString name = ParseString();
            SkipWhitespace();
            Expect(':');
            JsonNode value = ParseValue(depth + 1);
            properties.Add(new JsonProperty(name.Value, name.Span, value));
            SkipWhitespace();
            char next = Peek();
            _pos++;
            if (next == '}')
            {
                return new JsonObject(TextSpan.FromBounds(start, _pos), properties);
            }

            if (next != ',')
            {
                throw new JsonSyntaxException(_pos - 1, "',' or '}' was expected after a property value");
            }
        }
    }

    private JsonArray ParseArray(int depth)
    {
        int start = _pos++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return new JsonArray(TextSpan.FromBounds(start, _pos), items);
        }

        while (true)
        {
            items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            char next = Peek();
            _pos++;
            if (next == ']')
            {
                return new JsonArray(TextSpan.FromBounds(start, _pos), items);
            }

            if (next != ',')
            {
                throw new JsonSyntaxException(_pos - 1, "',' or ']' was expected after an array item");
            }
        }
    }

    private JsonString ParseString()
    {
        int start = _pos++;
        var builder = new TextMap.Builder();
        int runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException(start, "string is never closed; add '\"'");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                builder.AppendSource(_text, runStart, _pos - runStart);
                _pos++;
                (string value, TextMap map) = builder.Build();
                return new JsonString(TextSpan.FromBounds(start, _pos), value, map);
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException(_pos, "control character inside a string; escape it (e.g. \\n)");
            }

            if (c == '\\')
            {
                builder.AppendSource(_text, runStart, _pos - runStart);
                int escapeStart = _pos;
                builder.AppendSynthetic(ReadEscape(), escapeStart);
                runStart = _pos;
                continue;
            }

            _pos++;
        }
    }

    private string ReadEscape()
    {
        int at = _pos;
        _pos++;
        if (_pos >= _text.Length)
        {
            throw new JsonSyntaxException(at, "incomplete escape sequence");
        }

        char e = _text[_pos++];
        switch (e)
        {
            case '"': return "\"";
            case '\\': return "\\";
            case '/': return "/";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'u':
                if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                {
                    throw new JsonSyntaxException(at, "'\\u' must be followed by four hex digits");
                }

                _pos += 4;
                return ((char)code).ToString();
            default:
                throw new JsonSyntaxException(at, $"'\\{e}' is not a JSON escape");
        }
    }

    private JsonLiteral ParseLiteral()
    {
        int start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.'))
        {
            _pos++;
        }

        string literal = _text.Substring(start, _pos - start);
        bool valid = literal is "true" or "false" or "null" ||
            (literal.Length > 0 && (char.IsDigit(literal[0]) || literal[0] == '-') &&
             double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        if (!valid)
        {
            throw new JsonSyntaxException(start, literal.Length == 0 ? $"unexpected character '{_text[start]}'" : $"'{Shorten(literal)}' is not a JSON value");
        }

        return new JsonLiteral(TextSpan.FromBounds(start, _pos), literal);
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw new JsonSyntaxException(_pos, $"'{c}' was expected");
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n')
        {
            _pos++;
        }
    }

    private static string Shorten(string s) => s.Length > 20 ? s.Substring(0, 20) + "…" : s;
}
