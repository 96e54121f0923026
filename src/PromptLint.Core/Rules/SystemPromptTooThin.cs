using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1002: the instructions are too short to give a role, a task, constraints and a format.</summary>
internal sealed class SystemPromptTooThin : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SystemPromptTooThin;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        int minWords = context.Option("minWords");
        int words = context.Analysis.StaticWordCount;
        if (!context.Analysis.HasStaticInstructions || words >= minWords)
        {
            return;
        }

        context.Report(document.AnchorSpan,
            $"{InstructionWording.Subject(document)} is only {words} word{(words == 1 ? "" : "s")}; give it a role, the task, constraints and an output format (minWords = {minWords})");
    }
}
