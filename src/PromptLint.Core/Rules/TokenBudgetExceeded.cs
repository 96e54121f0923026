using PromptLint.Analysis;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL6001: the prompt's static text is estimated to exceed <c>maxTokens</c>.</summary>
internal sealed class TokenBudgetExceeded : PromptRule
{
    /// <summary>Chat formats add a few tokens of framing per message.</summary>
    private const int TokensPerMessage = 4;

    public static readonly RuleOption MaxTokens = new("maxTokens", 2000);

    public static readonly RuleDescriptor Rule = new(
        "PL6001", "Prompt exceeds its token budget", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "The prompt's static text is estimated to be larger than the token budget (maxTokens, default 2,000); every call pays for it.",
        MaxTokens);

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        int max = context.Option(MaxTokens);
        int total = 0;
        foreach (PromptMessage message in document.Messages)
        {
            total += TokenEstimator.Estimate(message.Text) + TokensPerMessage;
        }

        if (total <= max)
        {
            return;
        }

        context.Report(document.AnchorSpan,
            $"prompt is about {TwoSignificantDigits(total):N0} tokens (o200k_base estimate, ±10%), over the {max:N0}-token budget (maxTokens); move reference material to retrieval or trim it");
    }

    /// <summary>The estimator is good to a few percent (docs/token-estimator.md), so more digits would claim too much.</summary>
    private static int TwoSignificantDigits(int value)
    {
        int scale = 1;
        while (value / scale >= 100)
        {
            scale *= 10;
        }

        return (int)System.Math.Round(value / (double)scale, System.MidpointRounding.AwayFromZero) * scale;
    }
}
