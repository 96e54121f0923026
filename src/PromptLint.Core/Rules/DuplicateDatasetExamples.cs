using System.Collections.Generic;
using System.Globalization;
using PromptLint.Datasets;
using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL4009: exact duplicates (hash of the normalized example) and near-duplicates (<see cref="NearDuplicateIndex"/>).</summary>
internal sealed class DuplicateDatasetExamples : DatasetRule
{
    private readonly Dictionary<ulong, int> _seen = new();
    private readonly NearDuplicateIndex _near = new();

    public static readonly RuleDescriptor Rule = new(
        "PL4009", "Dataset repeats an example", Severity.Warning, RuleScope.Datasets,
        "An example is an exact duplicate (after normalizing case and whitespace) or a near-duplicate (MinHash of word 3-shingles, estimated similarity ≥ 80 %) of an earlier one; duplicates over-weight a few cases and inflate the set's apparent size.");

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role != DatasetRole.Evaluation;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
        if (_seen.TryGetValue(example.ExampleHash, out int first))
        {
            context.Report.ExactDuplicates++;
            context.ReportAt(Descriptor, example.Line, 1, offset, 1,
                $"line {example.Line} repeats the example on line {first}; remove the copy so it does not count twice");
            return;
        }

        _seen[example.ExampleHash] = example.Line;
        if (_near.Add(example.Input + "\n" + string.Join("\n", example.Outputs), example.Line) is { } near)
        {
            context.Report.NearDuplicates++;
            context.ReportAt(Descriptor, example.Line, 1, offset, 1,
                $"line {example.Line} is a near-duplicate of line {near.Line} (about {(near.Similarity * 100).ToString("0", CultureInfo.InvariantCulture)} % of their word triples agree); keep one, or make them differ in what they teach");
        }
    }
}
