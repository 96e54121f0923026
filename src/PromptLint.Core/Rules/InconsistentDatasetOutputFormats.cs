using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PromptLint.Analysis;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>
/// PL4008: the final assistant outputs mix formats. Shapes come from the analysis layer's <see cref="OutputShape"/>.
/// A mix counts when no shape reaches minMajorityPercent and either a structured shape (JSON, XML, a table, code) is
/// in it or the task is classification/extraction; prose, lists and short labels alone are ordinary variety in
/// generation data.
/// </summary>
internal sealed class InconsistentDatasetOutputFormats : DatasetRule
{
    private readonly Dictionary<string, (int Line, long Offset)> _firstOf = new();

    public static readonly RuleOption MinMajorityPercent = new("minMajorityPercent", 95);

    public static readonly RuleDescriptor Rule = new(
        "PL4008", "Training outputs follow more than one format", Severity.Warning, RuleScope.Datasets,
        "The assistant outputs of the training set mix formats (JSON and prose, labels and sentences) with no single format reaching minMajorityPercent (default 95) of the examples; the fine-tune will mix them too.",
        MinMajorityPercent);

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role == DatasetRole.Training;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
        if (example.FinalShape is { } shape)
        {
            if (!_firstOf.ContainsKey(shape))
            {
                _firstOf[shape] = (example.Line, offset);
            }
        }
    }

    public override void Finish(DatasetContext context)
    {
        IReadOnlyDictionary<string, int> shapes = context.Report.OutputShapes;
        int total = shapes.Values.Sum();
        if (shapes.Count < 2 || total == 0)
        {
            return;
        }

        var ordered = shapes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        int majorityPercent = context.Option(Descriptor, MinMajorityPercent);
        bool narrow = context.Task is FineTuneTask.Classification or FineTuneTask.Extraction;
        if (ordered[0].Value * 100.0 / total >= majorityPercent || !(narrow || shapes.Keys.Any(OutputShape.IsStructured)))
        {
            return;
        }

        string shares = string.Join(", ", ordered.Select(p => $"{Percent(p.Value, total)} % {p.Key}"));
        string minority = ordered[1].Key;
        (int line, long offset) = _firstOf[minority];
        context.ReportAt(Descriptor, line, 1, offset, 1,
            $"assistant outputs are {shares} (this line has the first of the {Percent(ordered[1].Value, total)} %); make every output follow one format, or the fine-tune will mix them");
    }

    private static string Percent(int part, int total) => Math.Round(part * 100.0 / total).ToString(CultureInfo.InvariantCulture);
}
