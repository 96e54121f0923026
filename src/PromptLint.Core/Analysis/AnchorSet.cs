using System;
#if NET
using System.Buffers;
#endif

namespace PromptLint.Analysis;

/// <summary>
/// Literals, case-insensitive (ordinal), and where the first of them occurs in a text. On .NET the search is one
/// vectorised pass for all of them (<c>SearchValues</c>); on netstandard2.0 one <c>IndexOf</c> per literal. Same answer.
/// </summary>
internal sealed class AnchorSet
{
    private readonly string[] _anchors;
#if NET
    private readonly SearchValues<string> _values;
#endif

    public AnchorSet(params string[] anchors)
    {
        _anchors = anchors;
#if NET
        _values = SearchValues.Create(anchors, StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>The literals, for a set that joins several.</summary>
    public string[] Anchors => _anchors;

    /// <summary>The index of the first anchor in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    public int FirstIn(string text, int from = 0)
    {
#if NET
        int i = text.AsSpan(from).IndexOfAny(_values);
        return i < 0 ? -1 : from + i;
#else
        int first = -1;
        foreach (string anchor in _anchors)
        {
            int i = text.IndexOf(anchor, from, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (first < 0 || i < first))
            {
                first = i;
            }
        }

        return first;
#endif
    }
}
