using System.Globalization;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>PL4007: fewer training examples than the floor for the task kind (500 generation, 200 classification/extraction).</summary>
internal sealed class TrainingSetBelowSizeFloor : DatasetRule
{
    public static readonly RuleOption MinExamples = new("minExamples", 500);
    public static readonly RuleOption MinExamplesClassification = new("minExamplesClassification", 200);

    public static readonly RuleDescriptor Rule = new(
        "PL4007", "Training set has fewer examples than the floor for its task", Severity.Warning, RuleScope.Datasets,
        "The training set has fewer examples than a fine-tune of its task kind needs (minExamples, default 500, for generation; minExamplesClassification, default 200, for classification and extraction); below the floor the model copies inconsistencies instead of learning the pattern.",
        MinExamples,
        MinExamplesClassification);

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role == DatasetRole.Training;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
    }

    public override void Finish(DatasetContext context)
    {
        bool narrow = context.Task is FineTuneTask.Classification or FineTuneTask.Extraction;
        int floor = context.Option(Descriptor, narrow ? MinExamplesClassification : MinExamples);
        int count = context.Report.Examples;
        if (count >= floor || (count == 0 && context.Report.MalformedLines > 0))
        {
            return;
        }

        string kind = context.Task switch
        {
            FineTuneTask.Classification => "a classification",
            FineTuneTask.Extraction => "an extraction",
            FineTuneTask.Generation => "a generation",
            _ => "a generation (the default task kind; declare task: classification under models: if it is one)",
        };
        context.ReportAt(Descriptor, 1, 1, 0, 1,
            $"the training set has {N(count)} examples, fewer than the {N(floor)} {kind} fine-tune needs; add clean, consistent examples (300 clean ones beat 3,000 sloppy ones) or stay with a few-shot prompt");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
