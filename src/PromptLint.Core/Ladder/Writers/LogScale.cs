using System;
using System.Collections.Generic;
using System.Linq;

namespace PromptLint.Ladder.Writers;

/// <summary>
/// The cost chart's logarithmic axis: from one power of ten below the smallest positive value to the power of ten
/// at or above the largest, so $0.60 beside $100 is a bar of about half the width, not a sliver.
/// </summary>
internal sealed class LogScale
{
    private readonly int _low;
    private readonly int _high;

    private LogScale(int low, int high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>The scale for these values, or null when none is above zero (nothing to draw).</summary>
    public static LogScale? For(IEnumerable<decimal> values)
    {
        double[] positive = values.Where(v => v > 0).Select(v => (double)v).ToArray();
        if (positive.Length == 0)
        {
            return null;
        }

        int low = (int)Math.Floor(Math.Log10(positive.Min())) - 1;
        int high = Math.Max((int)Math.Ceiling(Math.Log10(positive.Max())), low + 1);
        return new LogScale(low, high);
    }

    /// <summary>The bar's width for a value: 0 for zero, at least 2 pixels for any positive value.</summary>
    public int Width(decimal value, int space)
    {
        if (value <= 0)
        {
            return 0;
        }

        double fraction = (Math.Log10((double)value) - _low) / (_high - _low);
        return (int)Math.Max(2, Math.Round(space * Math.Min(1, Math.Max(0, fraction))));
    }

    /// <summary>A tick's label: <c>$0.01</c>, <c>$0.10</c>, <c>$1</c>, <c>$1,000</c>.</summary>
    public static string Label(decimal tick) => tick >= 1 ? "$" + tick.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : LadderText.Exact(tick);

    /// <summary>Every power of ten on the axis, smallest first.</summary>
    public IEnumerable<decimal> Ticks() => Enumerable.Range(_low, _high - _low + 1).Select(Power);

    private static decimal Power(int exponent) => exponent >= 0 ? (decimal)Math.Pow(10, exponent) : 1m / (decimal)Math.Pow(10, -exponent);
}
