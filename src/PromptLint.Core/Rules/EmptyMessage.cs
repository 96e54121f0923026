using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL1009: a message with a role marker and no text under it.</summary>
internal sealed class EmptyMessage : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL1009", "Message has no text", Severity.Warning, RuleScope.PromptFiles,
        "A message has an explicit role but no text (a role marker with nothing under it); the model receives an empty turn, which is usually a template or copy-paste mistake.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        foreach (PromptMessage message in document.Messages)
        {
            if (!message.RoleIsImplicit && string.IsNullOrWhiteSpace(message.Text))
            {
                context.Report(message.MarkerSpan, $"the {message.Role.ToString().ToLowerInvariant()} message has no text; write it or remove its role marker");
            }
        }
    }
}
