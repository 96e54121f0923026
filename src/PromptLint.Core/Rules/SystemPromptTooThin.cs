using System.Collections.Generic;
using PromptLint.Analysis;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>
/// PL1002: the instructions are too short to give a role, a task, constraints and a format. It reports alone for a thin
/// prompt and names what else is missing (see <see cref="ThinPrompt"/>).
/// </summary>
internal sealed class SystemPromptTooThin : PromptRule
{
    public static readonly RuleOption MinWords = new("minWords", 12);

    public static readonly RuleDescriptor Rule = new(
        "PL1002", "System prompt is too thin to steer behaviour", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "The system prompt is too short (by default under 12 words) to give a role, a task, constraints and a format.",
        MinWords);

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (!ThinPrompt.IsThin(context))
        {
            return;
        }

        int minWords = context.Option(MinWords);
        int words = context.Analysis.StaticWordCount;
        context.Report(document.AnchorSpan,
            $"{InstructionWording.Subject(document)} is only {words} word{(words == 1 ? "" : "s")}{Missing(document, context.Analysis)}; give it a role, the task, constraints and an output format (minWords = {minWords})");
    }

    private static string Missing(PromptDocument document, PromptAnalysis analysis)
    {
        var missing = new List<string>(3);
        if (analysis.Role is null)
        {
            missing.Add("no role");
        }

        if (analysis.FormatSpecs.Count == 0 && document.DeclaredOutputs.Count == 0)
        {
            missing.Add("no output format");
        }

        if (analysis.Examples.Count == 0)
        {
            missing.Add("no examples");
        }

        return missing.Count == 0 ? string.Empty : " (" + string.Join(", ", missing) + ")";
    }
}
