using System.Linq;
using PromptLint.Analysis;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>
/// PL3001: the instructions carry reference data or time-sensitive facts (<see cref="ReferenceKnowledgeDetector"/>).
/// Only prompts that are reused with changing input count: ones with a system (or developer) message or with
/// template variables. A static prompt without roles is a one-off task whose pasted data is the input itself
/// ("analyze the export below"), not knowledge the prompt carries.
/// </summary>
internal sealed class KnowledgeBelongsInRetrieval : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.KnowledgeBelongsInRetrieval;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        bool reused = document.Expressions.Count > 0
            || document.Messages.Any(m => !m.RoleIsImplicit && m.Role is MessageRole.System or MessageRole.Developer);
        if (!reused)
        {
            return;
        }

        foreach (PromptMessage message in document.InstructionMessages)
        {
            if (ReferenceKnowledgeDetector.Find(message.Text) is { } knowledge)
            {
                context.Report(message.ToSource(knowledge.Span), knowledge.Message);
                return;
            }
        }
    }
}
