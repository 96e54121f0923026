using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL4002: the eval files declared for the prompt's fine-tuned model are not in the project.</summary>
internal sealed class EvalBaselineFileMissing : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4002", "Declared eval baseline file is missing", Severity.Error, RuleScope.PromptFiles | RuleScope.CSharp,
        "promptlint.yaml declares a baseline or evaluation file for a fine-tuned model, but that file is not among the project's files.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);
}
