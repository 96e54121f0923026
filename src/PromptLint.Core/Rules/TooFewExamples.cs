using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL2002: some examples, but fewer than <c>minExamples</c>, in a prompt that is judged (see <see cref="ThinPrompt"/>).</summary>
internal sealed class TooFewExamples : PromptRule
{
    public static readonly RuleOption MinExamples = new("minExamples", 3);

    public static readonly RuleDescriptor Rule = new(
        "PL2002", "Prompt has fewer examples than the minimum", Severity.Info, RuleScope.PromptFiles | RuleScope.CSharp,
        "The prompt has some examples, but fewer than the configured minimum (minExamples, default 3); one example is easily copied rather than generalized.",
        MinExamples);

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        int count = context.Analysis.Examples.Count;
        int min = context.Option(MinExamples);
        if (count == 0 || count >= min || !ThinPrompt.IsJudged(context))
        {
            return;
        }

        context.Report(context.Analysis.Examples[0].Span,
            $"prompt has {count} example{(count == 1 ? "" : "s")}; add {min - count} more covering different cases (minExamples = {min})");
    }
}
