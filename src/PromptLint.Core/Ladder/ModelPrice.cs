namespace PromptLint.Ladder;

/// <summary>One row of the price table: US dollars per million tokens; null where the provider publishes no such price.</summary>
public sealed record ModelPrice(
    string Model,
    string Provider,
    decimal? Input,
    decimal? Output,
    decimal? FineTunedInput,
    decimal? FineTunedOutput,
    decimal? Training);
