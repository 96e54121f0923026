namespace PromptLint.Ladder;

/// <summary>
/// A token count and which counter produced it, so a report can say whether a number is exact (the model family's
/// tokenizer) or the calibrated estimate.
/// </summary>
/// <param name="Tokens">The count.</param>
/// <param name="Counter">What counted: an encoding name (<c>o200k_base</c>, <c>cl100k_base</c>) or <c>estimate</c>.</param>
/// <param name="Exact">True when a real tokenizer counted; false for the estimate.</param>
/// <param name="Note">Why this counter, when it is not obviously the model's own (e.g. a non-OpenAI model counted with o200k_base).</param>
public readonly record struct TokenCount(int Tokens, string Counter, bool Exact, string? Note = null);
