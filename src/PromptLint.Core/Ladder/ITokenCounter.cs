namespace PromptLint.Ladder;

/// <summary>Counts the tokens of a prompt's static text for the model it is sent to (null: unknown model).</summary>
public interface ITokenCounter
{
    TokenCount Count(string text, string? modelId);
}
