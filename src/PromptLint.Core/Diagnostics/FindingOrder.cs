using System.Collections.Generic;

namespace PromptLint.Diagnostics;

/// <summary>Deterministic order: path, line, column, rule ID, message.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(x.Path, y.Path);
        if (c == 0) c = x.Position.Start.Line.CompareTo(y.Position.Start.Line);
        if (c == 0) c = x.Position.Start.Column.CompareTo(y.Position.Start.Column);
        if (c == 0) c = string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
