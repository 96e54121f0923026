using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1003: the instructions never say who the model is.</summary>
internal sealed class NoRoleOrPersona : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.NoRoleOrPersona;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (!ThinPrompt.ContentRulesApply(context) || context.Analysis.Role is not null)
        {
            return;
        }

        context.Report(document.AnchorSpan,
            $"{InstructionWording.Subject(document)} gives no role; start with who the model is and whom it serves, e.g. 'You are a support agent for Contoso's billing team.'");
    }
}
