using System;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Splits a body into messages at Prompty-style role lines: <c>system:</c>, <c># user:</c>,
/// <c>assistant[name=x]:</c> alone on their line (case-insensitive). Text before the first marker, or the
/// whole body when there is none, is taken as the instructions.
/// </summary>
internal static class RoleMarkers
{
    public static void Split(PromptDocumentBuilder builder, string text, TextMap map)
    {
        MessageRole role = MessageRole.System;
        bool implicitRole = true;
        TextSpan marker = default;
        int segmentStart = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            if (TryParseMarker(text, lineStart, lineEnd, out MessageRole markerRole, out TextSpan markerSpan))
            {
                AddSegment(builder, text, map, segmentStart, lineStart, role, marker, implicitRole, requireContent: implicitRole);
                role = markerRole;
                implicitRole = false;
                marker = map.ToSource(markerSpan);
                segmentStart = newline < 0 ? text.Length : newline + 1;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        AddSegment(builder, text, map, segmentStart, text.Length, role, marker, implicitRole, requireContent: implicitRole);
    }

    /// <summary>Adds the trimmed text in [start, end) as a message; blank implicit text is dropped.</summary>
    public static void AddSegment(PromptDocumentBuilder builder, string text, TextMap map, int start, int end, MessageRole role, TextSpan marker, bool implicitRole, bool requireContent)
    {
        int s = start, e = end;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (requireContent && (s == e || IsOnlyComments(text, s, e)))
        {
            return;
        }

        TextMap slice = map.Slice(s);
        if (implicitRole)
        {
            marker = slice.ToSource(new TextSpan(0, 0));
        }

        builder.AddMessage(role, text.Substring(s, e - s), slice, marker, implicitRole);
    }

    /// <summary>Whether [start, end) holds nothing but HTML and template comments (a file header, a suppression), Liquid's included.</summary>
    private static bool IsOnlyComments(string text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            string? closer = string.CompareOrdinal(text, i, "<!--", 0, 4) == 0 ? "-->"
                : string.CompareOrdinal(text, i, "{{!", 0, 3) == 0 ? "}}"
                : string.CompareOrdinal(text, i, "{#", 0, 2) == 0 ? "#}"
                : string.CompareOrdinal(text, i, "{% comment %}", 0, 13) == 0 ? "{% endcomment %}"
                : null;
            int close = closer is null ? -1 : text.IndexOf(closer, i, end - i, StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            i = close + closer!.Length;
        }

        return true;
    }

    internal static bool TryParseMarker(string text, int start, int end, out MessageRole role, out TextSpan span)
    {
        role = default;
        span = default;
        int i = SkipBlanks(text, start, end);
        int markerStart = i;
        if (i < end && text[i] == '#')
        {
            while (i < end && text[i] == '#')
            {
                i++;
            }

            i = SkipBlanks(text, i, end);
        }

        int wordStart = i;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        if (i - wordStart < 4 || i - wordStart > 9)
        {
            return false;
        }

        MessageRole? parsed = ParseMarkerWord(text.Substring(wordStart, i - wordStart));
        if (parsed is null)
        {
            return false;
        }

        if (i < end && text[i] == '[')
        {
            int close = text.IndexOf(']', i, end - i);
            if (close < 0)
            {
                return false;
            }

            i = close + 1;
        }

        i = SkipBlanks(text, i, end);
        if (i >= end || text[i] != ':')
        {
            return false;
        }

        int colon = i;
        if (SkipBlanks(text, i + 1, end) != end)
        {
            return false;
        }

        role = parsed.Value;
        span = TextSpan.FromBounds(markerStart, colon + 1);
        return true;
    }

    private static MessageRole? ParseMarkerWord(string word) => word.ToLowerInvariant() switch
    {
        "system" => MessageRole.System,
        "developer" => MessageRole.Developer,
        "user" => MessageRole.User,
        "assistant" => MessageRole.Assistant,
        "tool" => MessageRole.Tool,
        _ => null,
    };

    private static int SkipBlanks(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
        {
            i++;
        }

        return i;
    }
}
