using System.Text.RegularExpressions;

namespace PromptLint.Analysis;

/// <summary>
/// Regex construction for the few patterns left outside the outline finders (secrets, model IDs). There is no match
/// timeout: a finding must be a function of the input, never of machine load. Every pattern is written with bounded
/// repetition and runs on short IDs or behind a literal anchor. Interpreted on purpose: RegexOptions.NonBacktracking
/// costs about 40 ms per pattern at first use (measured, .NET 10) and Compiled about 0.8 s per CLI process for the
/// old ~90 patterns; the instruction heuristics use no regex at all. On .NET (the CLI, Native AOT) the patterns that
/// scan whole messages are source-generated instead (<c>[GeneratedRegex]</c>: the same backtracking semantics,
/// compiled ahead of time, nothing to build at start-up); netstandard2.0 (the analyzer, the task) interprets the same
/// pattern text, and FindingsAcrossTargetsTests keeps the two alike.
/// </summary>
internal static class Patterns
{
    /// <summary>The options every pattern is built with; <see cref="IgnoreCase"/> adds case-insensitivity.</summary>
    public const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public const RegexOptions IgnoreCase = CaseSensitive | RegexOptions.IgnoreCase;

    public static Regex Create(string pattern, bool ignoreCase = true) => new(pattern, ignoreCase ? IgnoreCase : CaseSensitive);

    public static Match? MatchOrNull(this Regex regex, string input, int start = 0)
    {
        Match m = regex.Match(input, start);
        return m.Success ? m : null;
    }

    /// <summary>Kept for callers outside the analysis (model IDs): a plain match, no timeout.</summary>
    public static Match? SafeMatch(this Regex regex, string input, int start = 0) => regex.MatchOrNull(input, start);

    public static bool SafeIsMatch(this Regex regex, string input) => regex.IsMatch(input);
}
