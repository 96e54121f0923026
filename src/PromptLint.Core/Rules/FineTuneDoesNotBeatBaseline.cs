using System.Globalization;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>PL4005: the evaluation's score beats the baseline's by less than minImprovement (in the direction declared by better:).</summary>
internal sealed class FineTuneDoesNotBeatBaseline : EvidenceRule
{
    private const double Tolerance = 1e-9;

    public static readonly RuleDescriptor Rule = new(
        "PL4005", "Fine-tune does not beat the prompt baseline", Severity.Warning, RuleScope.Evidence,
        "The fine-tune's evaluation score is not better than the prompt-only baseline by at least minImprovement (promptlint.yaml, default 0.03 in the metric's units); the fine-tune costs more and gains nothing measurable.");

    public override RuleDescriptor Descriptor => Rule;

    public override EvidenceVerdict Check(EvidenceContext context)
    {
        if (context.Baseline?.Score is not { } baseline || context.Evaluation?.Score is not { } score || context.Evaluation is not { } evaluation)
        {
            return context.NotChecked("a score is missing: both result files must parse and report a score");
        }

        string? bm = context.Baseline.Metric?.Value, em = evaluation.Metric?.Value;
        if (bm is not null && em is not null && !MetricNames.Same(bm, em))
        {
            return context.NotChecked($"the scores are on different metrics ({bm}, {em})");
        }

        double min = context.Declaration.MinImprovement;
        double improvement = context.Declaration.HigherIsBetter ? score.Value - baseline.Value : baseline.Value - score.Value;
        context.Evidence.Improvement = improvement;
        string change = $"{em ?? bm ?? "score"} {F(baseline.Value)} → {F(score.Value)}, {(improvement >= 0 ? "+" : "−")}{F(System.Math.Abs(improvement))}";
        if (improvement + Tolerance >= min)
        {
            return context.Pass($"{change}, at least minImprovement {F(min)}");
        }

        return context.Fail(evaluation, score.Span,
            $"the fine-tune did not improve on the prompt ({change}, less than minImprovement {F(min)}): check data quality, data size, or whether the task is a knowledge gap");
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
