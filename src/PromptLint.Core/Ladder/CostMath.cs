using System;

namespace PromptLint.Ladder;

/// <summary>
/// The ladder report's cost formulas, in one place (docs/ladder-report.md writes the same ones out). Money is US
/// dollars as <see cref="decimal"/>, exact until printed: <see cref="ToCents"/> rounds half away from zero to the
/// cent, and break-even days are rounded up to whole days. Prices are per million tokens, as providers publish them.
/// </summary>
public static class CostMath
{
    public const decimal TokensPerMillion = 1_000_000m;
    public const int DaysPerYear = 365;

    /// <summary>The volume the third of the four questions asks for: 10,000 calls a month.</summary>
    public const decimal FineTuneVolumePerMonth = 10_000m;

    /// <summary>static tokens per day = calls per day × prompt tokens (what the daily overhead is priced on).</summary>
    public static decimal TokensPerDay(decimal callsPerDay, decimal promptTokens) => callsPerDay * promptTokens;

    /// <summary>daily prompt overhead = calls per day × prompt tokens × input price per token.</summary>
    public static decimal DailyOverhead(decimal callsPerDay, decimal promptTokens, decimal inputPricePerMillion) =>
        callsPerDay * promptTokens * inputPricePerMillion / TokensPerMillion;

    /// <summary>yearly prompt overhead = daily overhead × 365.</summary>
    public static decimal YearlyOverhead(decimal dailyOverhead) => dailyOverhead * DaysPerYear;

    /// <summary>fine-tuning cost = expected training tokens (training-set tokens × epochs) × training price per token.</summary>
    public static decimal FineTuningCost(decimal trainingTokens, decimal trainingPricePerMillion) =>
        trainingTokens * trainingPricePerMillion / TokensPerMillion;

    /// <summary>
    /// daily savings = calls per day × (removed × input price
    ///   − (prompt tokens − removed + user tokens) × (fine-tuned input price − input price)
    ///   − output tokens × (fine-tuned output price − output price)), prices per token.
    /// The tokens a fine-tune removes are saved at the base model's input price; every input token that remains
    /// (the rest of the static prompt and the user's text) and every output token pays the fine-tuned model's
    /// premium. <paramref name="removed"/> is capped at <paramref name="promptTokens"/>. Negative when the premium
    /// outweighs what the removed tokens save.
    /// </summary>
    public static decimal DailySavings(
        decimal callsPerDay, decimal promptTokens, decimal removed, decimal userTokensPerCall, decimal outputTokensPerCall,
        decimal inputPricePerMillion, decimal outputPricePerMillion, decimal fineTunedInputPricePerMillion, decimal fineTunedOutputPricePerMillion)
    {
        decimal cut = Math.Min(removed, promptTokens);
        decimal remaining = promptTokens - cut + userTokensPerCall;
        decimal perCallMillionths = cut * inputPricePerMillion
            - remaining * (fineTunedInputPricePerMillion - inputPricePerMillion)
            - outputTokensPerCall * (fineTunedOutputPricePerMillion - outputPricePerMillion);
        return callsPerDay * perCallMillionths / TokensPerMillion;
    }

    /// <summary>
    /// break-even days = fine-tuning cost ÷ daily savings, rounded up to whole days (the day the fine-tune has paid
    /// for itself); 0 when it costs nothing; null when it never pays off (savings ≤ 0) or the quotient is too large to hold.
    /// </summary>
    public static long? BreakEvenDays(decimal fineTuningCost, decimal dailySavings)
    {
        if (fineTuningCost <= 0)
        {
            return 0;
        }

        if (dailySavings <= 0)
        {
            return null;
        }

        try
        {
            decimal days = Math.Ceiling(fineTuningCost / dailySavings);
            return days > long.MaxValue ? null : (long)days;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>calls per month = calls per day × 365 / 12.</summary>
    public static decimal CallsPerMonth(decimal callsPerDay) => callsPerDay * DaysPerYear / 12m;

    /// <summary>A figure computed inside the overflow guard: null when it is too large for <see cref="decimal"/> (a configuration may say anything).</summary>
    public static decimal? Guarded(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Rounds money for printing: to the cent, half away from zero.</summary>
    public static decimal ToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
