using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>
/// PL4003: the two results of a comparison use different metrics or datasets, or a metric other than the declared
/// one — the baseline and the evaluation, and the general-ability eval's two results (<c>regression:</c>).
/// </summary>
internal sealed class BaselineAndEvaluationDiffer : EvidenceRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4003", "Baseline and evaluation measure different things", Severity.Warning, RuleScope.Evidence,
        "The baseline and the fine-tune's evaluation report different metrics or ran on different datasets (or a metric other than the one promptlint.yaml declares), so their scores cannot be compared; the same holds for the general-ability eval's results on the base and the fine-tune (regression:).");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Two results whose scores are compared, named as the messages name them.</summary>
    private sealed record Pair(EvalResult Before, string BeforeName, EvalResult After, string AfterName, string? Declared, string DeclaredKey, string SameData, string Remedy);

    public override EvidenceVerdict Check(EvidenceContext context)
    {
        if (context.Baseline is not { } baseline || context.Evaluation is not { } evaluation)
        {
            return context.NotChecked("the baseline or the evaluation result is missing or unreadable");
        }

        var target = new Pair(baseline, "baseline", evaluation, "evaluation", context.Declaration.Metric, "metric", "the same held-out set",
            "score the prompt and the fine-tune on the same held-out set");
        if (Differs(context, target) is { } failed)
        {
            return failed;
        }

        string detail = Agreement(target, "data neither file names");
        if (context.RegressionBase is { } generalBase && context.RegressionFineTune is { } generalFineTune)
        {
            var general = new Pair(generalBase, "regression.base result", generalFineTune, "regression.fineTune result", context.Declaration.Regression?.Metric,
                "regression.metric", "the same general-ability eval", "run the same general-ability eval on the base and the fine-tune");
            if (Differs(context, general) is { } generalFailed)
            {
                return generalFailed;
            }

            detail += "; the general-ability results both report " + Agreement(general, "an eval neither file names");
        }

        return context.Pass("both report " + detail);
    }

    private static EvidenceVerdict? Differs(EvidenceContext context, Pair pair)
    {
        foreach (EvalResult result in new[] { pair.Before, pair.After })
        {
            if (result.ScoreNote is { } note)
            {
                return context.Fail(result, result.AnchorSpan, $"{note}, so it cannot be compared with the {(result == pair.Before ? pair.AfterName : pair.BeforeName)}");
            }
        }

        foreach (EvalResult result in new[] { pair.Before, pair.After })
        {
            if (pair.Declared is { } declared && result.Metric is { } m && !MetricNames.Same(m.Value, declared))
            {
                return context.Fail(result, m.Span,
                    $"the {(result == pair.Before ? pair.BeforeName : pair.AfterName)} reports '{m.Value}' but promptlint.yaml declares {pair.DeclaredKey}: {declared}; measure both results with the declared metric");
            }
        }

        if (pair.Before.Metric is { } bm && pair.After.Metric is { } am && !MetricNames.Same(bm.Value, am.Value))
        {
            return context.Fail(pair.After, am.Span,
                $"the {pair.AfterName} reports '{am.Value}' but the {pair.BeforeName} reports '{bm.Value}'; measure both with the same metric on {pair.SameData}");
        }

        if (pair.Before.Dataset is { } bd && pair.After.Dataset is { } ad && !context.SameDataset(bd.Value, ad.Value))
        {
            return context.Fail(pair.After, ad.Span,
                $"the {pair.AfterName} ran on '{ad.Value}' but the {pair.BeforeName} on '{bd.Value}'; {pair.Remedy}");
        }

        return null;
    }

    private static string Agreement(Pair pair, string noDataset)
    {
        string metric = pair.After.Metric?.Value ?? pair.Before.Metric?.Value ?? "an unnamed metric";
        string dataset = pair.After.Dataset?.Value ?? pair.Before.Dataset?.Value ?? noDataset;
        return $"{metric} on {dataset}";
    }
}
