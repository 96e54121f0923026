using System.Text;

namespace PromptLint.FineTuning;

/// <summary>Metric names compare without case, spaces or punctuation: "Pass rate", "pass-rate" and "passRate" are one metric.</summary>
internal static class MetricNames
{
    public static bool Same(string? a, string? b) => a is not null && b is not null && Normalize(a) == Normalize(b);

    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
