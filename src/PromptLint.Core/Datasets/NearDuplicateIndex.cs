using System;
using System.Collections.Generic;

namespace PromptLint.Datasets;

/// <summary>
/// Finds near-duplicate examples in one pass with MinHash over word 3-shingles and locality-sensitive hashing
/// (4 bands of 4 rows): each example costs a fixed-size signature and four table look-ups, never a comparison with
/// every earlier example. Two examples are near-duplicates when their signatures agree on at least
/// <see cref="Threshold"/> of positions (an estimate of the shingles' Jaccard similarity). Memory is bounded: at
/// most <see cref="MaxIndexed"/> examples are indexed (about 150 bytes each); later ones are still compared with them.
/// </summary>
internal sealed class NearDuplicateIndex
{
    public const int MinWords = 8;
    public const double Threshold = 0.8;
    /// <summary>Examples kept in the index; a larger set is checked against its first this many.</summary>
    public const int MaxIndexed = 250_000;
    private const int Bands = 4;
    private const int Rows = 4;
    private const int Size = Bands * Rows;

    private ushort[] _signatures = new ushort[Size * 1024];
    private readonly List<int> _lines = new();
    private readonly ushort[] _current = new ushort[Size];
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

        ushort[] signature = Signature(_words, _current);
        int index = _lines.Count;
        bool indexing = index < MaxIndexed;
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
                    double similarity = Agreement(signature, other);
                    if (similarity >= Threshold)
                    {
                        found = (_lines[other], similarity);
                    }
                }
            }
            else if (indexing)
            {
                _bands[b][key] = index;
            }
        }

        if (indexing)
        {
            if ((index + 1) * Size > _signatures.Length)
            {
                Array.Resize(ref _signatures, _signatures.Length * 2);
            }

            Array.Copy(signature, 0, _signatures, index * Size, Size);
            _lines.Add(line);
        }

        return found;
    }

    /// <summary>16-bit MinHash values: chance agreement (1 in 65,536 per position) is negligible at this threshold.</summary>
    private static ushort[] Signature(List<ulong> words, ushort[] signature)
    {
        for (int i = 0; i < Size; i++)
        {
            signature[i] = ushort.MaxValue;
        }

        for (int w = 0; w + 2 < words.Count; w++)
        {
            ulong shingle = TextHash.Mix(words[w] ^ TextHash.Mix(words[w + 1] ^ TextHash.Mix(words[w + 2])));
            for (int i = 0; i < Size; i++)
            {
                ushort h = (ushort)(TextHash.Mix(shingle + (ulong)(i + 1) * 0x9E3779B97F4A7C15UL) >> 48);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    private double Agreement(ushort[] a, int other)
    {
        int same = 0, offset = other * Size;
        for (int i = 0; i < Size; i++)
        {
            if (a[i] == _signatures[offset + i])
            {
                same++;
            }
        }

        return (double)same / Size;
    }
}
