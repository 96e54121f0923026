using System.Collections.Generic;

namespace PromptLint.Ladder;

/// <summary>
/// The usage figures that apply to one prompt after the price table and every matching <c>usage:</c> entry were
/// layered (<see cref="UsageResolver"/>); null where nothing says. Prices are US dollars per million tokens.
/// </summary>
public sealed class ResolvedUsage
{
    public decimal? CallsPerDay { get; internal set; }

    public decimal? InputPricePerMillion { get; internal set; }

    public decimal? OutputPricePerMillion { get; internal set; }

    public decimal? FineTunedInputPricePerMillion { get; internal set; }

    public decimal? FineTunedOutputPricePerMillion { get; internal set; }

    public decimal? TrainingPricePerMillion { get; internal set; }

    public decimal? TrainingTokens { get; internal set; }

    public decimal? TokensRemovedByFineTune { get; internal set; }

    public decimal? UserTokensPerCall { get; internal set; }

    public decimal? OutputTokensPerCall { get; internal set; }

    /// <summary>Where the figures came from, in the order they were applied (later ones win).</summary>
    public IReadOnlyList<string> Sources => SourceList;

    internal List<string> SourceList { get; } = new();

    /// <summary>The price fields (by property name) whose value is the default price table's: no usage: entry replaced it.</summary>
    internal HashSet<string> PricesFromTable { get; } = new(System.StringComparer.Ordinal);
}
