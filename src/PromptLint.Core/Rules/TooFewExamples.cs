using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL2002: some examples, but fewer than <c>minExamples</c>, in a prompt that is judged (see <see cref="ThinPrompt"/>).</summary>
internal sealed class TooFewExamples : PromptRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.TooFewExamples;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        int count = context.Analysis.Examples.Count;
        int min = context.Option("minExamples");
        if (count == 0 || count >= min || !ThinPrompt.IsJudged(context))
        {
            return;
        }

        context.Report(context.Analysis.Examples[0].Span,
            $"prompt has {count} example{(count == 1 ? "" : "s")}; add {min - count} more covering different cases (minExamples = {min})");
    }
}
