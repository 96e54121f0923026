using System;
using System.Collections.Generic;

namespace PromptLint.Suppressions;

/// <summary>Binary search over items sorted by a key: the directives, comment regions and messages of one document.</summary>
internal static class SortedSearch
{
    /// <summary>The index of the last item whose key is at most <paramref name="value"/>, or -1 when there is none.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int value, Func<T, int> key)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (key(items[mid]) <= value)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
