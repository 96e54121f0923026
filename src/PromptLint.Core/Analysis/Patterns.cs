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

    /// <summary>
    /// Interpreted, on purpose: compiling ~90 patterns costs every CLI process about 0.8 s of CPU before any work,
    /// more than it saves on a typical run (200 files: 2.0 s interpreted against 2.5 s compiled). Safety against
    /// pathological input comes from bounded repetition, the 64 KB analysis cap per message and the timeout.
    /// </summary>
    public static Regex Create(string pattern, bool ignoreCase = true) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), Timeout);

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
