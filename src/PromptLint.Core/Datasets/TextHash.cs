using System.Collections.Generic;

namespace PromptLint.Datasets;

/// <summary>64-bit hashes of normalized text: lower case, whitespace runs collapsed, ends trimmed. Not cryptographic.</summary>
internal static class TextHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(string text) => Add(FnvOffset, text);

    /// <summary>Folds <paramref name="text"/>, normalized, into a running hash.</summary>
    public static ulong Add(ulong hash, string text)
    {
        bool space = false, any = false;
        foreach (char raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                space = any;
                continue;
            }

            if (space)
            {
                hash = (hash ^ ' ') * FnvPrime;
                space = false;
            }

            hash = (hash ^ char.ToLowerInvariant(raw)) * FnvPrime;
            any = true;
        }

        return (hash ^ 0x1F) * FnvPrime; // a separator, so ("ab", "c") and ("a", "bc") differ
    }

    /// <summary>Hashes of the normalized words of <paramref name="text"/>, in order.</summary>
    public static void Words(string text, List<ulong> into)
    {
        ulong hash = FnvOffset;
        bool inWord = false;
        foreach (char raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                if (inWord)
                {
                    into.Add(hash);
                    hash = FnvOffset;
                    inWord = false;
                }

                continue;
            }

            hash = (hash ^ char.ToLowerInvariant(raw)) * FnvPrime;
            inWord = true;
        }

        if (inWord)
        {
            into.Add(hash);
        }
    }

    /// <summary>SplitMix64's finalizer: spreads a hash's bits so derived hashes are independent enough for MinHash.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
