using PromptLint.Analysis;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1004: two instructions contradict each other (length, format, always/never).</summary>
internal sealed class ConflictingInstructions : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL1004", "Instructions conflict with each other", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "Two instructions contradict each other: a length (\"be brief\" and \"be thorough\", one sentence and several paragraphs), a format (JSON only and Markdown), or an always/never pair about the same thing.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        foreach (Conflict conflict in context.Analysis.Conflicts)
        {
            int firstLine = document.Source.GetLinePosition(conflict.First.Start).Line;
            context.Report(conflict.Second,
                $"{conflict.Kind.Describe()} instruction '{Shorten(conflict.SecondText)}' conflicts with '{Shorten(conflict.FirstText)}' (line {firstLine}); keep one of them");
        }
    }

    private static string Shorten(string s) => s.Length > 60 ? s.Substring(0, 57) + "…" : s;
}
