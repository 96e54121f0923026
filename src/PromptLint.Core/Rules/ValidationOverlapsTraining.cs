using PromptLint.Datasets;
using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL4012: a validation example whose normalized input is also in the training set.</summary>
internal sealed class ValidationOverlapsTraining : DatasetRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4012", "Validation example also appears in training", Severity.Warning, RuleScope.Datasets,
        "A validation example's input (normalized) is also in the training set, so the validation loss measures memorization, not generalization.");

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role == DatasetRole.Validation;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
        if (context.Training is { } training && training.InputLines.TryGetValue(example.InputHash, out int line))
        {
            context.Report.OverlapWithTraining++;
            context.ReportAt(Descriptor, example.Line, 1, offset, 1,
                $"line {example.Line} also appears in the training set ({context.TrainingDisplayName} line {line}); validation examples must be ones the model never trains on");
        }
    }
}
