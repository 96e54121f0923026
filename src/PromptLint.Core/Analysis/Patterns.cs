using System;
using System.Text.RegularExpressions;

namespace PromptLint.Analysis;

/// <summary>
/// Regex construction for the heuristics. Every pattern is written with bounded repetition (no nested
/// unbounded quantifiers) and runs on one sentence or line at a time; the match timeout is a backstop only.
/// </summary>
internal static class Patterns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>RegexOptions.NonBacktracking (.NET 7+): linear in the input whatever the pattern. Core targets
    /// netstandard2.0, so the value is used only where the runtime accepts it (not on .NET Framework hosts).</summary>
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    private static readonly bool NonBacktrackingAvailable = Probe();

    public static Regex Create(string pattern, bool ignoreCase = true)
    {
        RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        bool lookaround = pattern.Contains("(?<!") || pattern.Contains("(?<=") || pattern.Contains("(?!") || pattern.Contains("(?=");
        return NonBacktrackingAvailable && !lookaround
            ? new Regex(pattern, options | NonBacktracking, Timeout)
            : new Regex(pattern, options, Timeout);
    }

    private static bool Probe()
    {
        try
        {
            _ = new Regex("a", NonBacktracking);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>Matches, treating a timeout (pathological input) as no match.</summary>
    public static Match? SafeMatch(this Regex regex, string input, int start = 0)
    {
        try
        {
            Match m = regex.Match(input, start);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static bool SafeIsMatch(this Regex regex, string input) => regex.SafeMatch(input) is not null;
}
