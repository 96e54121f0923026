using System;

namespace PromptLint.Templates;

/// <summary>Low-level helpers over a tag's inner text: identifiers, quoted strings, trimming markers.</summary>
internal static class TagReader
{
    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';

    /// <summary>Skips a quoted string starting at <paramref name="i"/> (which holds the quote); returns the index after it.</summary>
    public static int SkipString(string s, int i, int end)
    {
        char quote = s[i];
        i++;
        while (i < end && s[i] != quote)
        {
            if (s[i] == '\\')
            {
                i++;
            }

            i++;
        }

        return Math.Min(end, i + 1);
    }

    public static int SkipWhitespace(string s, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads an identifier (letters, digits, <c>_</c>, and <c>-</c> inside) at <paramref name="i"/>.</summary>
    public static int ReadIdentifier(string s, int i, int end)
    {
        int start = i;
        while (i < end && (IsIdentifierPart(s[i]) && (s[i] != '-' || (i > start && i + 1 < end && char.IsLetterOrDigit(s[i + 1])))))
        {
            i++;
        }

        return i;
    }

    /// <summary>The first word of the tag, after optional trimming markers and sigils.</summary>
    public static (int Start, int End) FirstWord(string s, int start, int end)
    {
        int i = SkipWhitespace(s, start, end);
        int wordStart = i;
        i = ReadIdentifier(s, i, end);
        return (wordStart, i);
    }
}
