using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL4001: the prompt's metadata names a fine-tuned model with no declared eval baseline.</summary>
internal sealed class FineTunedModelWithoutBaseline : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.FineTunedModelWithoutBaseline;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);
}

/// <summary>PL4002: the eval files declared for the prompt's fine-tuned model are not in the project.</summary>
internal sealed class EvalBaselineFileMissing : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EvalBaselineFileMissing;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);
}

internal static class FineTuningRules
{
    public static void Report(PromptDocument document, RuleContext context, RuleDescriptor rule)
    {
        if (document.Model is not { } model)
        {
            return;
        }

        foreach (FineTuningCheck.Issue issue in FineTuningCheck.Check(model.Id, context.Settings))
        {
            if (issue.Rule == rule)
            {
                context.Report(model.Span, issue.Message);
            }
        }
    }
}
