using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL4013: the prompt names a fine-tune whose base model the provider has retired (per the retirement table).</summary>
internal sealed class FineTuneBaseRetired : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4013", "Fine-tune's base model is retired", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "A fine-tuned model ID names a base model that its provider retired on or before the retirement table's date (the dated table shipped with PromptLint, overridable under retirements: in promptlint.yaml): the fine-tune cannot be retrained on that base, and whatever still serves it is on borrowed time.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);
}
