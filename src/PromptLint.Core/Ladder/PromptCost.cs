namespace PromptLint.Ladder;

/// <summary>
/// What one prompt's static text costs and whether a fine-tune would pay off (<see cref="CostMath"/>); exact
/// decimals, rounded only when printed. A figure is null when an input it needs is unknown (<see cref="Missing"/>).
/// </summary>
public sealed class PromptCost
{
    public ResolvedUsage Usage { get; internal set; } = new();

    /// <summary>The input price per million tokens the overhead used: the fine-tuned price for a prompt on a fine-tune.</summary>
    public decimal? InputPricePerMillion { get; internal set; }

    /// <summary>Static tokens sent per day: calls per day × the prompt's tokens (what the daily overhead is priced on).</summary>
    public decimal? TokensPerDay { get; internal set; }

    public decimal? DailyOverhead { get; internal set; }

    public decimal? YearlyOverhead { get; internal set; }

    public decimal? FineTuningCost { get; internal set; }

    public decimal? DailySavings { get; internal set; }

    /// <summary>Whole days until a fine-tune has paid for itself; null when it never does or a figure is missing.</summary>
    public long? BreakEvenDays { get; internal set; }

    /// <summary>Why break-even is what it is, in words ("never: the fine-tuned price premium exceeds the savings", "needs trainingTokens", …).</summary>
    public string BreakEvenNote { get; internal set; } = string.Empty;

    /// <summary>Whether a figure above used a price from the default price table (no usage: entry gave that price).</summary>
    public bool UsesDefaultPrices { get; internal set; }

    /// <summary>Whether a figure above used a price that a usage: entry gave.</summary>
    public bool UsesUsagePrices { get; internal set; }

    /// <summary>The inputs the overhead needs that nothing gave (e.g. <c>callsPerDay</c>), comma-separated; empty when complete.</summary>
    public string Missing { get; internal set; } = string.Empty;
}
