using System.Text.RegularExpressions;

namespace PromptLint.Analysis;

/// <summary>
/// Regex construction for the few patterns left (conflicts, secrets, model IDs). There is no match timeout: a finding
/// must be a function of the input, never of machine load. Every pattern is written with bounded repetition and runs on
/// one sentence, line or ID at a time; where the runtime has it (.NET 7+), patterns without look-arounds run
/// non-backtracking, which is linear by construction.
/// </summary>
internal static class Patterns
{
    public static Regex Create(string pattern, bool ignoreCase = true)
    {
        RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
#if NET7_0_OR_GREATER
        if (pattern.IndexOf("(?<!", System.StringComparison.Ordinal) < 0 && pattern.IndexOf("(?!", System.StringComparison.Ordinal) < 0
            && pattern.IndexOf("(?=", System.StringComparison.Ordinal) < 0 && pattern.IndexOf("(?<=", System.StringComparison.Ordinal) < 0)
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
#endif
        return new Regex(pattern, options);
    }

    public static Match? MatchOrNull(this Regex regex, string input, int start = 0)
    {
        Match m = regex.Match(input, start);
        return m.Success ? m : null;
    }

    /// <summary>Kept for callers outside the analysis (model IDs): a plain match, no timeout.</summary>
    public static Match? SafeMatch(this Regex regex, string input, int start = 0) => regex.MatchOrNull(input, start);

    public static bool SafeIsMatch(this Regex regex, string input) => regex.IsMatch(input);
}
