using System.Collections.Generic;

namespace PromptLint.Ladder.Writers;

/// <summary>One figure of a prompt's cost and how it was worked out, e.g. ("tokens per day", "120 calls × 353 tokens = 42,360").</summary>
internal readonly record struct ArithmeticStep(string Figure, string Working);

/// <summary>
/// The working behind each prompt's figures (docs/ladder-report.md gives the formulas): tokens per day, the daily
/// and yearly overhead, the fine-tune cost, the daily savings and the break-even. Every format prints these steps;
/// intermediate money is exact, the results are rounded as everywhere else.
/// </summary>
internal static class LadderArithmetic
{
    /// <summary>Whether the prompt has any figure to work out (calls per day known); the others are counted in the totals line.</summary>
    public static bool HasFigures(LadderPrompt prompt) => prompt.Cost.TokensPerDay is not null;

    public static IReadOnlyList<ArithmeticStep> Steps(LadderPrompt prompt)
    {
        PromptCost cost = prompt.Cost;
        ResolvedUsage usage = cost.Usage;
        string tokens = LadderText.Tokens(prompt.Tokens);
        var steps = new List<ArithmeticStep>
        {
            new("tokens per day", cost.TokensPerDay is { } perDay
                ? $"{LadderText.Number(usage.CallsPerDay)} calls × {tokens} tokens = {LadderText.Count(perDay)}"
                : $"unknown: set {cost.Missing}"),
            new("per day", cost.DailyOverhead is { } daily
                ? $"{LadderText.Count(cost.TokensPerDay)} tokens × {LadderText.Price(cost.InputPricePerMillion)}/M = {LadderText.Exact(daily)} → {LadderText.Money(daily)} per day; "
                  + $"× {CostMath.DaysPerYear} = {LadderText.Money(cost.YearlyOverhead)} per year"
                : $"unknown: set {cost.Missing}"),
        };

        if (cost.FineTuningCost is not { } fineTune || cost.DailySavings is not { } savings)
        {
            steps.Add(new("break-even", cost.BreakEvenNote));
            return steps;
        }

        steps.Add(new("fine-tune cost", $"{LadderText.Count(usage.TrainingTokens)} training tokens × {LadderText.Price(usage.TrainingPricePerMillion)}/M = {LadderText.Money(fineTune)}"));
        steps.Add(new("daily savings", Savings(prompt, savings)));
        steps.Add(new("break-even", cost.BreakEvenDays is { } days
            ? $"⌈{LadderText.Exact(fineTune)} ÷ {LadderText.Exact(savings)} per day⌉ = {LadderText.Days(prompt)}"
            : cost.BreakEvenNote));
        return steps;
    }

    /// <summary>calls × (removed × input price − remaining × fine-tuned input premium − output × fine-tuned output premium), as <see cref="CostMath.DailySavings"/>.</summary>
    private static string Savings(LadderPrompt prompt, decimal savings)
    {
        ResolvedUsage u = prompt.Cost.Usage;
        decimal promptTokens = prompt.Tokens.Tokens;
        decimal removed = System.Math.Min(u.TokensRemovedByFineTune ?? 0m, promptTokens);
        decimal remaining = promptTokens - removed + (u.UserTokensPerCall ?? 0m);
        decimal output = u.OutputTokensPerCall ?? 0m;
        string terms = $"{LadderText.Count(removed)} removed × {LadderText.Price(u.InputPricePerMillion)}/M"
            + $" − {LadderText.Count(remaining)} still sent × {LadderText.Price(u.FineTunedInputPricePerMillion - u.InputPricePerMillion)}/M fine-tuned premium";
        if (output > 0)
        {
            terms += $" − {LadderText.Count(output)} output × {LadderText.Price(u.FineTunedOutputPricePerMillion - u.OutputPricePerMillion)}/M fine-tuned premium";
        }

        return $"{LadderText.Number(u.CallsPerDay)} calls × ({terms}) = {LadderText.Exact(savings)} → {LadderText.Money(savings)} per day";
    }
}
