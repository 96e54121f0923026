using System.Collections.Generic;
using PromptLint.Analysis;
using PromptLint.Analysis.Outline;
using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>
/// PL3002: the instructions (or the template's user turn) ask the model to state a current or organisation-specific
/// fact (<see cref="FactRequestDetector"/>) and nothing in the prompt carries retrieved context or offers a tool to
/// fetch it (<see cref="RetrievalSlots"/>). Worked examples and output samples are not requests.
/// </summary>
internal sealed class FactsWithoutRetrievedContext : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL3002", "Prompt asks for current or organisation-specific facts without retrieved context", Severity.Info, RuleScope.PromptFiles,
        "The prompt asks the model to state facts that change or that only the organisation knows (\"the current exchange rate\", \"the latest version\", \"our refund policy\") but has no retrieval slot: no variable or section carries documents, search results or context, and no tool is declared. The model answers from its training data, which is out of date or never held the fact.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        IReadOnlyList<MessageOutline> outlines = context.Analysis.Outlines;
        foreach (MessageOutline outline in outlines)
        {
            if (!outline.IsInstruction && !outline.IsFinalUserTurn)
            {
                continue;
            }

            if (FactRequestDetector.Find(outline, span => InExample(context.Analysis, outline.Message.ToSource(span))) is not { } request)
            {
                continue;
            }

            if (!RetrievalSlots.Present(document, outlines, request.Nouns))
            {
                context.Report(outline.Message.ToSource(request.Span), Message(request));
            }

            return;
        }
    }

    private static string Message(FactRequest request) => request.Kind == FactKind.Current
        ? $"the prompt asks for '{request.Phrase}', a fact that changes, but gives the model nothing to read it from (no context or search-results variable, no sources section, no tool); retrieve it at run time and pass it in, or the answer comes from stale training data"
        : $"the prompt asks for '{request.Phrase}', which only the organisation knows, but gives the model nothing to read it from (no context or documents variable, no sources section, no tool); retrieve it at run time and pass it in, or the model will invent it";

    private static bool InExample(PromptAnalysis analysis, TextSpan span)
    {
        foreach (FewShotExample example in analysis.Examples)
        {
            if (example.Kind == ExampleKind.Textual && example.Span.Contains(span.Start))
            {
                return true;
            }
        }

        foreach (TextSpan sample in analysis.Samples)
        {
            if (sample.Contains(span.Start))
            {
                return true;
            }
        }

        return false;
    }
}
