using System;
using System.Collections.Generic;

namespace PromptLint.Rules;

/// <summary>Optimal string alignment distance (a swap of neighbours counts once), for "did you mean" suggestions.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The known name <paramref name="word"/> was most likely meant as, or null: at most one edit for names of up to
    /// five characters, two above, and never a name that differs in half its length.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> known)
    {
        if (word.Length > 64)
        {
            return null;
        }

        int limit = word.Length <= 5 ? 1 : 2;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            int distance = Between(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            distance = Math.Max(distance, word == candidate ? 0 : 1);
            if (distance <= limit && distance * 2 < Math.Max(word.Length, candidate.Length) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
