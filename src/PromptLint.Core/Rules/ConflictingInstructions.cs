using PromptLint.Analysis;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1004: two instructions contradict each other (length, format, always/never).</summary>
internal sealed class ConflictingInstructions : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ConflictingInstructions;

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
