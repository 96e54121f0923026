using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL4001: the prompt's metadata names a fine-tuned model with no declared eval baseline.</summary>
internal sealed class FineTunedModelWithoutBaseline : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4001", "Fine-tuned model has no eval baseline", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "A fine-tuned (or custom) model ID is used, but promptlint.yaml declares no eval baseline for it under models:; without a measured baseline and a held-out eval nobody knows whether the fine-tune beats a better prompt.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);
}
