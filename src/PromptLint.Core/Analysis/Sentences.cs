using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>Splits instruction text into sentence-like pieces (at . ! ? and line breaks), capped in length.</summary>
internal static class Sentences
{
    private const int MaxLength = 600;

    /// <summary>
    /// How much of one message the sentence heuristics read. A prompt longer than this is already far over any
    /// token budget (PL6001); the cap keeps pathological inputs linear and fast.
    /// </summary>
    public const int MaxAnalyzedLength = 64 * 1024;

    public static IEnumerable<TextSpan> Split(string text)
    {
        int start = 0;
        int length = System.Math.Min(text.Length, MaxAnalyzedLength);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            bool boundary = (c == '\n' && IsLineBreakBoundary(text, start, i))
                || ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
                || i - start >= MaxLength;
            if (boundary)
            {
                if (i + 1 > start)
                {
                    yield return TextSpan.FromBounds(start, i + 1);
                }

                start = i + 1;
            }
        }

        if (start < length)
        {
            yield return TextSpan.FromBounds(start, length);
        }
    }

    /// <summary>
    /// Prompts wrap sentences across lines. A line break ends a sentence only after sentence punctuation or a
    /// colon, at a blank line, or before a line that starts a list item, heading, tag, table row or fence.
    /// </summary>
    private static bool IsLineBreakBoundary(string text, int sentenceStart, int newline)
    {
        int before = newline - 1;
        while (before >= sentenceStart && (text[before] == ' ' || text[before] == '\t' || text[before] == '\r'))
        {
            before--;
        }

        if (before < sentenceStart || text[before] is '.' or '!' or '?' or ':' or ';' or '>' or '|' or '`' or '}' or ']')
        {
            return true;
        }

        int next = newline + 1;
        while (next < text.Length && (text[next] == ' ' || text[next] == '\t'))
        {
            next++;
        }

        if (next >= text.Length || text[next] is '\n' or '\r' or '-' or '*' or '#' or '<' or '|' or '`' or '>' or '{' or '"' or '\u2022')
        {
            return true;
        }

        if (char.IsDigit(text[next]))
        {
            return true;
        }

        // A line that is itself a heading-like label ("Rules", "Output format") ends where it ends.
        int lineStart = text.LastIndexOf('\n', newline - 1) + 1;
        return newline - lineStart < 40 && char.IsUpper(text[next]) && !char.IsLower(text[before]);
    }

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
