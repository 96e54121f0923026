using System.Linq;
using PromptLint.Analysis;
using PromptLint.Analysis.Outline;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>
/// PL3001: the instructions carry reference data or time-sensitive facts (<see cref="ReferenceKnowledgeDetector"/>).
/// Only prompts that are reused with changing input count: ones with a system (or developer) message or with
/// template variables. A static prompt without roles is a one-off task whose pasted data is the input itself
/// ("analyze the export below"), not knowledge the prompt carries. Each instruction message is read through its
/// outline (the analysis the other rules read), in message order.
/// </summary>
internal sealed class KnowledgeBelongsInRetrieval : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL3001", "Prompt carries reference data or time-sensitive facts", Severity.Info, RuleScope.PromptFiles,
        "A system prompt (or a template with variables) pastes reference data (20 or more rows of a table or delimited block: a catalog, a price sheet) or facts that go stale (several prices, \"as of\" dates, a fixed current version or date); such knowledge changes, and belongs in retrieval rather than in static prompt text or in fine-tuned weights.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        bool reused = document.Expressions.Count > 0
            || document.Messages.Any(m => !m.RoleIsImplicit && m.Role is MessageRole.System or MessageRole.Developer);
        if (!reused)
        {
            return;
        }

        foreach (MessageOutline outline in context.Analysis.Outlines)
        {
            if (outline.IsInstruction && ReferenceKnowledgeDetector.Find(outline) is { } knowledge)
            {
                context.Report(outline.Message.ToSource(knowledge.Span), knowledge.Message);
                return;
            }
        }
    }
}
