using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1001: the instructions never say what shape the answer takes, and no format or schema is declared.</summary>
internal sealed class SystemPromptLacksOutputFormat : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL1001", "System prompt has no output-format spec", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "The system prompt (or the instructions of a template without roles) never says what shape the answer must take, and no output format or schema is declared in metadata or at the call site.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (!ThinPrompt.ContentRulesApply(context) || document.DeclaredOutputs.Count > 0 || context.Analysis.FormatSpecs.Count > 0)
        {
            return;
        }

        context.Report(document.AnchorSpan,
            $"{InstructionWording.Subject(document)} has no output-format instruction; add one, e.g. 'Respond with JSON: {{\"label\": \"…\", \"reason\": \"…\"}}' or 'Answer in 3 bullet points'");
    }
}
