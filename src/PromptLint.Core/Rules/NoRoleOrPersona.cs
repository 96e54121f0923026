using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1003: the instructions never say who the model is.</summary>
internal sealed class NoRoleOrPersona : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL1003", "System prompt gives no role or persona", Severity.Info, RuleScope.PromptFiles | RuleScope.CSharp,
        "The system prompt never says who the model is or whom it serves (\"You are a …\", \"Act as …\", a Role/Identity section).");

    public override RuleDescriptor Descriptor => Rule;

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
