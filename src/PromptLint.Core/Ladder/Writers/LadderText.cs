using System.Globalization;
using System.Linq;

namespace PromptLint.Ladder.Writers;

/// <summary>How every ladder format prints a value: money to the cent (half away from zero), days as whole days, "—" for unknown.</summary>
internal static class LadderText
{
    public const string Unknown = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal? amount) => amount is { } a ? "$" + CostMath.ToCents(a).ToString("#,0.00", Invariant) : Unknown;

    public static string Price(decimal? perMillion) => perMillion is { } p ? "$" + p.ToString("#,0.00##", Invariant) : Unknown;

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", Invariant) : Unknown;

    public static string Days(LadderPrompt prompt) => prompt.Cost.BreakEvenDays is { } days
        ? days.ToString("#,0", Invariant) + (days == 1 ? " day" : " days")
        : prompt.Cost.BreakEvenNote.StartsWith("never", System.StringComparison.Ordinal) ? "never" : Unknown;

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", _ => Unknown };

    public static string Answer(Answer answer) => answer switch { Ladder.Answer.Yes => "yes", Ladder.Answer.No => "no", _ => "unknown" };

    public static string Tokens(TokenCount count) => count.Tokens.ToString("#,0", Invariant) + (count.Exact ? "" : "~");

    public static string Model(LadderPrompt prompt) => prompt.Model is null ? Unknown : prompt.Model + (prompt.FineTuned ? " (fine-tuned)" : "");

    public static string Skipped(LadderPrompt prompt) => string.Join(", ", prompt.Skipped.Select(RungNames.Label));

    /// <summary>A decimal in JSON: exact, without trailing zeros.</summary>
    public static string Json(decimal value) => value.ToString("0.############################", Invariant);

    public static string Counters(LadderReport report) =>
        string.Join("; ", report.Prompts.Select(p => p.Tokens.Counter + (p.Tokens.Exact ? " (exact, Microsoft.ML.Tokenizers)" : " (~ calibrated o200k_base estimate, ±10%)")).Distinct());
}
