using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>PL4003: the two results use different metrics or datasets, or a metric other than the declared one.</summary>
internal sealed class BaselineAndEvaluationDiffer : EvidenceRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4003", "Baseline and evaluation measure different things", Severity.Warning, RuleScope.Evidence,
        "The baseline and the fine-tune's evaluation report different metrics or ran on different datasets (or a metric other than the one promptlint.yaml declares), so their scores cannot be compared.");

    public override RuleDescriptor Descriptor => Rule;

    public override EvidenceVerdict Check(EvidenceContext context)
    {
        if (context.Baseline is not { } baseline || context.Evaluation is not { } evaluation)
        {
            return context.NotChecked("the baseline or the evaluation result is missing or unreadable");
        }

        foreach (EvalResult result in new[] { baseline, evaluation })
        {
            if (result.ScoreNote is { } note)
            {
                return context.Fail(result, result.AnchorSpan, $"{note}, so it cannot be compared with the {(result == baseline ? "evaluation" : "baseline")}");
            }
        }

        string? declared = context.Declaration.Metric;
        foreach (EvalResult result in new[] { baseline, evaluation })
        {
            if (declared is not null && result.Metric is { } m && !MetricNames.Same(m.Value, declared))
            {
                return context.Fail(result, m.Span,
                    $"the {(result == baseline ? "baseline" : "evaluation")} reports '{m.Value}' but promptlint.yaml declares metric: {declared}; measure both results with the declared metric");
            }
        }

        if (baseline.Metric is { } bm && evaluation.Metric is { } em && !MetricNames.Same(bm.Value, em.Value))
        {
            return context.Fail(evaluation, em.Span,
                $"the evaluation reports '{em.Value}' but the baseline reports '{bm.Value}'; measure both with the same metric on the same held-out set");
        }

        if (baseline.Dataset is { } bd && evaluation.Dataset is { } ed && !context.SameDataset(bd.Value, ed.Value))
        {
            return context.Fail(evaluation, ed.Span,
                $"the evaluation ran on '{ed.Value}' but the baseline on '{bd.Value}'; score the prompt and the fine-tune on the same held-out set");
        }

        string metric = evaluation.Metric?.Value ?? baseline.Metric?.Value ?? "an unnamed metric";
        string dataset = evaluation.Dataset?.Value ?? baseline.Dataset?.Value ?? "data neither file names";
        return context.Pass($"both report {metric} on {dataset}");
    }
}
