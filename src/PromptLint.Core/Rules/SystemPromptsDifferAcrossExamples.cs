using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PromptLint.Datasets;
using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL4010: more than one system prompt (normalized) across the training examples; reported at the first example that departs from the most common one.</summary>
internal sealed class SystemPromptsDifferAcrossExamples : DatasetRule
{
    private readonly Dictionary<ulong, (int Count, int Line, long Offset, bool Missing)> _variants = new();

    public static readonly RuleDescriptor Rule = new(
        "PL4010", "System prompts differ across training examples", Severity.Warning, RuleScope.Datasets,
        "The training examples do not all carry the same system prompt; the model learns behaviour tied to prompts it will never see at run time. Use the one system prompt the application sends.");

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role == DatasetRole.Training;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
        if (example.Shape == DatasetLineShape.PromptCompletion)
        {
            return;
        }

        ulong key = example.System is null ? 0 : TextHash.Of(example.System);
        _variants[key] = _variants.TryGetValue(key, out var v) ? (v.Count + 1, v.Line, v.Offset, v.Missing) : (1, example.Line, offset, example.System is null);
    }

    public override void Finish(DatasetContext context)
    {
        context.Report.SystemPromptVariants = _variants.Count;
        if (_variants.Count < 2)
        {
            return;
        }

        int total = _variants.Values.Sum(v => v.Count);
        var common = _variants.Values.OrderByDescending(v => v.Count).ThenBy(v => v.Line).First();
        var first = _variants.Values.Where(v => v.Line != common.Line).OrderBy(v => v.Line).First();
        string percent = (common.Count * 100.0 / total).ToString("0", CultureInfo.InvariantCulture);
        string what = first.Missing ? "has no system prompt" : "has a different system prompt";
        context.ReportAt(Descriptor, first.Line, 1, first.Offset, 1,
            $"line {first.Line} {what} than the one {percent} % of examples use (line {common.Line}; {_variants.Count} variants in all); train with the one system prompt the application sends");
    }
}
