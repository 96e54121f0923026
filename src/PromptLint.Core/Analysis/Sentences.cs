using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>Splits instruction text into sentence-like pieces (at . ! ? and line breaks), capped in length.</summary>
internal static class Sentences
{
    private const int MaxLength = 600;

    public static IEnumerable<TextSpan> Split(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool boundary = c == '\n'
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

        if (start < text.Length)
        {
            yield return TextSpan.FromBounds(start, text.Length);
        }
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
