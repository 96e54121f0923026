using PromptLint.Analysis;

namespace PromptLint.Ladder;

/// <summary>
/// The calibrated o200k_base estimate (<c>Analysis/TokenEstimator</c>, within a few percent; docs/token-estimator.md),
/// for hosts that do not load a vocabulary (the MSBuild task, the analyzer).
/// </summary>
public sealed class EstimatingTokenCounter : ITokenCounter
{
    public const string CounterName = "estimate";

    public static EstimatingTokenCounter Instance { get; } = new();

    public TokenCount Count(string text, string? modelId) =>
        new(TokenEstimator.Estimate(text), CounterName, Exact: false, "calibrated o200k_base estimate (±10%), no vocabulary loaded");
}
