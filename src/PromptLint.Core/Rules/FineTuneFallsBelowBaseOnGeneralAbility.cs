using System.Globalization;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>
/// PL4016: on the general-ability eval (<c>regression:</c>), the fine-tune scores below its base by more than the
/// tolerance, in the direction <c>regression.better</c> declares. Different metrics are PL4003's; a missing file is PL4002's.
/// </summary>
internal sealed class FineTuneFallsBelowBaseOnGeneralAbility : EvidenceRule
{
    private const double Rounding = 1e-9;

    public static readonly RuleDescriptor Rule = new(
        "PL4016", "Fine-tune falls below its base on the general-ability eval", Severity.Warning, RuleScope.Evidence,
        "On the general-ability eval declared under regression: in promptlint.yaml, the fine-tune scores below its base model by more than the tolerance (default 0.02 in the metric's units): the fine-tune gained its task and lost general ability.");

    public override RuleDescriptor Descriptor => Rule;

    public override EvidenceVerdict Check(EvidenceContext context)
    {
        if (context.Declaration.Regression is not { } declared)
        {
            return context.NotChecked("no general-ability eval is declared (regression:, PL4015)");
        }

        if (context.RegressionBase?.Score is not { } before || context.RegressionFineTune is not { } fineTune || fineTune.Score is not { } after)
        {
            return context.NotChecked("a general-ability score is missing: both regression: result files must parse and report a score");
        }

        string? bm = context.RegressionBase.Metric?.Value, fm = fineTune.Metric?.Value;
        if (bm is not null && fm is not null && !MetricNames.Same(bm, fm))
        {
            return context.NotChecked($"the general-ability scores are on different metrics ({bm}, {fm}; PL4003)");
        }

        double change = declared.HigherIsBetter ? after.Value - before.Value : before.Value - after.Value;
        context.Evidence.GeneralAbilityChange = change;
        string scores = $"{fm ?? bm ?? "score"} {F(before.Value)} on the base → {F(after.Value)} on the fine-tune, {(change >= 0 ? "+" : "−")}{F(System.Math.Abs(change))}";
        if (change + declared.Tolerance + Rounding >= 0)
        {
            return context.Pass($"{scores}, within tolerance {F(declared.Tolerance)}");
        }

        return context.Fail(fineTune, after.Span,
            $"the fine-tune fell below its base on the general-ability eval ({scores}, more than tolerance {F(declared.Tolerance)}): mix general examples into the training set, train fewer epochs or at a lower learning rate, or check whether the task needs a fine-tune at all");
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
