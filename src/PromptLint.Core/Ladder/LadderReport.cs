using System.Collections.Generic;

namespace PromptLint.Ladder;

/// <summary>
/// Where every prompt stands on the ladder, what its static text costs, and when a fine-tune would pay off; built
/// by <see cref="LadderReportBuilder"/> from what the one lint pipeline read, written by the ladder writers.
/// </summary>
public sealed class LadderReport
{
    public IReadOnlyList<LadderPrompt> Prompts { get; internal set; } = new List<LadderPrompt>();

    public IReadOnlyList<FineTuneAssessment> FineTunes { get; internal set; } = new List<FineTuneAssessment>();

    /// <summary>The default price table's date and source (figures <c>usage:</c> did not override come from it).</summary>
    public string PricesAsOf { get; internal set; } = string.Empty;

    public string PricesSource { get; internal set; } = string.Empty;

    /// <summary>The price table's source in a few words.</summary>
    public string PricesShortSource { get; internal set; } = string.Empty;

    /// <summary>Sum of the daily overheads that are known (prompts with a missing figure are left out and counted in <see cref="PromptsWithoutCost"/>).</summary>
    public decimal? TotalDailyOverhead { get; internal set; }

    public decimal? TotalYearlyOverhead { get; internal set; }

    public int PromptsWithoutCost { get; internal set; }
}
