using System.Globalization;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>
/// PL4004: the evaluation says it was not held out, ran on the training file itself, or its data shares examples
/// with the training set (hash of each example's normalized input).
/// </summary>
internal sealed class EvaluationNotHeldOut : EvidenceRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4004", "Evaluation was not run on held-out data", Severity.Error, RuleScope.Evidence,
        "The fine-tune's evaluation says it was not held out, ran on the training set, or shares examples with it (by a hash of the normalized input); a model scored on what it trained on proves nothing.");

    public override RuleDescriptor Descriptor => Rule;

    public override EvidenceVerdict Check(EvidenceContext context)
    {
        if (context.Evaluation is not { } evaluation)
        {
            return context.NotChecked("the evaluation result is missing or unreadable");
        }

        if (evaluation.HeldOut is { Value: false } flag)
        {
            return context.Fail(evaluation, flag.Span,
                "the evaluation says it was not held out (heldOut: false); score the fine-tune on examples it never trained on, or the number proves nothing");
        }

        string? training = context.Declaration.Training;
        if (evaluation.Dataset is { } data && training is not null && context.SameDataset(data.Value, training))
        {
            return context.Fail(evaluation, data.Span,
                $"the evaluation ran on '{data.Value}', the training set; score the fine-tune on held-out examples it never trained on");
        }

        if (context.Evidence.EvaluationData is { } evalData && evaluation.Dataset is { } named)
        {
            if (evalData.OverlapWithTraining > 0 && evalData.FirstOverlap is { } first)
            {
                string percent = (evalData.OverlapWithTraining * 100.0 / System.Math.Max(1, evalData.Examples)).ToString("0.#", CultureInfo.InvariantCulture);
                return context.Fail(evaluation, named.Span,
                    $"{evalData.OverlapWithTraining} of {evalData.Examples} evaluation examples ({percent} %) also appear in the training set (first: line {first.Line} = training line {first.TrainingLine}); remove them from one side and re-run the evaluation");
            }

            return context.Pass($"none of the {evalData.Examples} examples in '{named.Value}' is in the training set");
        }

        if (evaluation.HeldOut is { Value: true })
        {
            return context.Pass(evaluation.Dataset is { } d ? $"held out ({d.Value}), as the result says" : "held out, as the result says");
        }

        return context.NotChecked("the evaluation result does not say what data it ran on or whether it was held out (PromptLint's format has dataset and heldOut)");
    }
}
