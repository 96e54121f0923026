using System;
using System.Collections.Generic;

namespace PromptLint.Datasets;

/// <summary>
/// Finds near-duplicate examples in one pass with MinHash over word 3-shingles and locality-sensitive hashing
/// (6 bands of 4 rows): each example costs a fixed-size signature and six table look-ups, never a comparison with
/// every earlier example. Two examples are near-duplicates when their signatures agree on at least
/// <see cref="Threshold"/> of positions (an estimate of the shingles' Jaccard similarity).
/// </summary>
internal sealed class NearDuplicateIndex
{
    public const int MinWords = 8;
    public const double Threshold = 0.8;
    private const int Bands = 6;
    private const int Rows = 4;
    private const int Size = Bands * Rows;

    private readonly List<uint[]> _signatures = new();
    private readonly List<int> _lines = new();
    private readonly Dictionary<ulong, int>[] _bands = new Dictionary<ulong, int>[Bands];
    private readonly List<ulong> _words = new();

    public NearDuplicateIndex()
    {
        for (int b = 0; b < Bands; b++)
        {
            _bands[b] = new Dictionary<ulong, int>();
        }
    }

    /// <summary>Adds an example; returns the line of an earlier near-duplicate and the estimated similarity, or null.</summary>
    public (int Line, double Similarity)? Add(string text, int line)
    {
        _words.Clear();
        TextHash.Words(text, _words);
        if (_words.Count < MinWords)
        {
            return null; // short examples (labels, one-line questions) are too coarse for shingles; exact duplicates still count
        }

        uint[] signature = Signature(_words);
        int index = _signatures.Count;
        (int Line, double Similarity)? found = null;
        for (int b = 0; b < Bands; b++)
        {
            ulong key = (ulong)b;
            for (int r = 0; r < Rows; r++)
            {
                key = TextHash.Mix(key ^ signature[b * Rows + r]);
            }

            if (_bands[b].TryGetValue(key, out int other))
            {
                if (found is null)
                {
                    double similarity = Agreement(signature, _signatures[other]);
                    if (similarity >= Threshold)
                    {
                        found = (_lines[other], similarity);
                    }
                }
            }
            else
            {
                _bands[b][key] = index;
            }
        }

        _signatures.Add(signature);
        _lines.Add(line);
        return found;
    }

    private static uint[] Signature(List<ulong> words)
    {
        var signature = new uint[Size];
        for (int i = 0; i < Size; i++)
        {
            signature[i] = uint.MaxValue;
        }

        for (int w = 0; w + 2 < words.Count; w++)
        {
            ulong shingle = TextHash.Mix(words[w] ^ TextHash.Mix(words[w + 1] ^ TextHash.Mix(words[w + 2])));
            for (int i = 0; i < Size; i++)
            {
                uint h = (uint)TextHash.Mix(shingle + (ulong)(i + 1) * 0x9E3779B97F4A7C15UL);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    private static double Agreement(uint[] a, uint[] b)
    {
        int same = 0;
        for (int i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / Size;
    }
}
