using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1001: the instructions never say what shape the answer takes, and no format or schema is declared.</summary>
internal sealed class SystemPromptLacksOutputFormat : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SystemPromptLacksOutputFormat;

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
