using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>
/// PL4006: the baseline — or the general-ability eval's base result (<c>regression.base</c>) — names a model other than
/// the fine-tune's base (derived from the fine-tuned ID by <see cref="Models.ModelIdClassifier"/>).
/// </summary>
internal sealed class BaselineOnDifferentModel : EvidenceRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4006", "Baseline was measured on a different model than the fine-tune's base", Severity.Warning, RuleScope.Evidence,
        "The baseline result names a model other than the one the fine-tune was trained from (derived from its ID, e.g. ft:gpt-4o-mini-2024-07-18:… → gpt-4o-mini-2024-07-18), so the comparison mixes the fine-tune's effect with a model change; the same holds for the general-ability eval's base result (regression.base).");

    public override RuleDescriptor Descriptor => Rule;

    public override EvidenceVerdict Check(EvidenceContext context)
    {
        if (context.Baseline is not { } baseline)
        {
            return context.NotChecked("the baseline result is missing or unreadable");
        }

        if (baseline.Model is not { } measured)
        {
            return context.NotChecked("the baseline result does not say which model it measured");
        }

        if (context.Evidence.BaseModel is not { } expected)
        {
            return context.NotChecked($"the base model cannot be derived from '{context.Evidence.FineTunedModel ?? context.Declaration.ModelPattern}'");
        }

        if (!BaseModels.Same(measured.Value, expected))
        {
            return context.Fail(baseline, measured.Span,
                $"the baseline was measured on '{measured.Value}' but the fine-tune was trained from '{expected}'; measure the prompt on the base model so the comparison isolates the fine-tune");
        }

        if (context.RegressionBase is { Model: { } general } generalBase && !BaseModels.Same(general.Value, expected))
        {
            return context.Fail(generalBase, general.Span,
                $"the regression.base result was measured on '{general.Value}' but the fine-tune was trained from '{expected}'; run the general-ability eval on the base model so the comparison isolates the fine-tune");
        }

        string generalToo = context.RegressionBase?.Model is not null ? ", and so did the general-ability eval's base result" : string.Empty;
        return context.Pass($"the baseline ran on {measured.Value}, the fine-tune's base{generalToo}");
    }
}
