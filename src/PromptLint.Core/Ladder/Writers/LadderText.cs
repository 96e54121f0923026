using System.Globalization;
using System.Linq;

namespace PromptLint.Ladder.Writers;

/// <summary>How every ladder format prints a value: money to the cent (half away from zero), days as whole days, "—" for unknown.</summary>
internal static class LadderText
{
    public const string Unknown = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal? amount) => amount is { } a ? "$" + CostMath.ToCents(a).ToString("#,0.00", Invariant) : Unknown;

    /// <summary>Money as computed, before rounding to the cent (the working of the arithmetic), e.g. <c>$0.01755</c>.</summary>
    public static string Exact(decimal? amount) => amount is { } a ? (a < 0 ? "−$" : "$") + System.Math.Abs(a).ToString("#,0.00##########", Invariant) : Unknown;

    /// <summary>A whole count (tokens), e.g. <c>42,360</c>.</summary>
    public static string Count(decimal? value) => value is { } v ? v.ToString("#,0", Invariant) : Unknown;

    public static string Price(decimal? perMillion) => perMillion is { } p ? "$" + p.ToString("#,0.00##", Invariant) : Unknown;

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", Invariant) : Unknown;

    public static string Days(LadderPrompt prompt) => prompt.Cost.BreakEvenDays is { } days
        ? days.ToString("#,0", Invariant) + (days == 1 ? " day" : " days")
        : prompt.Cost.BreakEvenNote.StartsWith("never", System.StringComparison.Ordinal) ? "never" : Unknown;

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", _ => Unknown };

    public static string Answer(Answer answer) => answer switch { Ladder.Answer.Yes => "yes", Ladder.Answer.No => "no", _ => "unknown" };

    public static string Tokens(TokenCount count) => count.Tokens.ToString("#,0", Invariant) + (count.Exact ? "" : "~");

    public static string Model(LadderPrompt prompt) => prompt.Model is null ? Unknown : prompt.Model + (prompt.FineTuned ? " (fine-tuned)" : "");

    /// <summary>The knowledge a prompt carries or asks for: pasted reference data (PL3001), current facts without retrieved context (PL3002).</summary>
    public static string Knowledge(LadderPrompt prompt) => (prompt.PastedKnowledge, prompt.AsksForCurrentFacts) switch
    {
        (true, true) => "pasted; asks facts",
        (true, false) => "pasted",
        (false, true) => "asks facts",
        _ => "no",
    };

    /// <summary>A fine-tune's base and its place on the retirement table, e.g. <c>base gpt-4o-mini-2024-07-18: retiring on 2027-01-14 (…)</c>.</summary>
    public static string Base(FineTuneAssessment fineTune) =>
        fineTune.BaseModel is null ? "base " + fineTune.BaseRetirement.Describe() : $"base {fineTune.BaseModel}: {fineTune.BaseRetirement.Describe()}";

    public static string Skipped(LadderPrompt prompt) => string.Join(", ", prompt.Skipped.Select(RungNames.Label));

    /// <summary>A decimal in JSON: exact, without trailing zeros.</summary>
    public static string Json(decimal value) => value.ToString("0.############################", Invariant);

    /// <summary>The price sources the report's figures used, in words: the default table, usage:, both, or none.</summary>
    public static string PriceSources(LadderReport report)
    {
        bool table = report.Prompts.Any(p => p.Cost.UsesDefaultPrices);
        bool usage = report.Prompts.Any(p => p.Cost.UsesUsagePrices);
        string defaults = $"the default table of {report.PricesAsOf} ({report.PricesShortSource}; never fetched)";
        return (table, usage) switch
        {
            (true, true) => $"usage: in promptlint.yaml, and {defaults} for the prices usage: does not give",
            (true, false) => defaults,
            (false, true) => "usage: in promptlint.yaml (the default table was not used)",
            _ => "none used (no figure could be computed)",
        };
    }

    public static string Counters(LadderReport report) =>
        string.Join("; ", report.Prompts.Select(p => p.Tokens.Counter + (p.Tokens.Exact ? " (exact, Microsoft.ML.Tokenizers)" : " (~ calibrated o200k_base estimate, ±10%)")).Distinct());
}
