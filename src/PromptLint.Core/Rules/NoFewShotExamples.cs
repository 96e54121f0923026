using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL2001: no worked input→output example, structural or textual.</summary>
internal sealed class NoFewShotExamples : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL2001", "Prompt has no few-shot examples", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "The prompt shows no worked input→output example, neither as user/assistant turns before the final user turn nor as examples written into the instructions.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (!ThinPrompt.ContentRulesApply(context) || context.Analysis.Examples.Count > 0)
        {
            return;
        }

        context.Report(document.AnchorSpan,
            "prompt has no few-shot examples; add 2–3 worked input→output pairs, as <example> blocks, 'Input:'/'Output:' pairs or user/assistant turns before the final user turn");
    }
}
