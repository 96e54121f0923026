using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL4014: the prompt names a fine-tune whose base model the provider has scheduled for retirement.</summary>
internal sealed class FineTuneBaseRetiring : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4014", "Fine-tune's base model is scheduled for retirement", Severity.Info, RuleScope.PromptFiles | RuleScope.CSharp,
        "A fine-tuned model ID names a base model that its provider has scheduled for retirement after the retirement table's date (the dated table shipped with PromptLint, overridable under retirements: in promptlint.yaml): plan the retraining on a current base before that day.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);
}
