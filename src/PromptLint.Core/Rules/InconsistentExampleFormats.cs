using System.Linq;
using PromptLint.Analysis;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL2003: example outputs use different formats (some JSON, some prose, …).</summary>
internal sealed class InconsistentExampleFormats : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL2003", "Examples disagree in output format", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "The examples' outputs use different formats (some JSON, some prose, …), so they teach the model no single format.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (context.Analysis.Examples.Count < 2)
        {
            return;
        }

        var shapes = context.Analysis.Examples.Select(e => (Example: e, Shape: OutputShape.Classify(e.Output))).ToList();
        if (!shapes.Any(s => OutputShape.IsStructured(s.Shape)))
        {
            return;
        }

        string majority = shapes.GroupBy(s => s.Shape).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, System.StringComparer.Ordinal).First().Key;
        foreach (var odd in shapes.Where(s => s.Shape != majority))
        {
            context.Report(odd.Example.Span,
                $"this example's output is {odd.Shape} but most examples answer in {majority}; make every example answer in the format you want back");
        }
    }
}
