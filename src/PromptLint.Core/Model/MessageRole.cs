namespace PromptLint.Model;

public enum MessageRole
{
    System,
    Developer,
    User,
    Assistant,
    Tool,
}

public static class MessageRoleExtensions
{
    /// <summary>System and developer messages both carry the instructions the model should follow.</summary>
    public static bool IsInstruction(this MessageRole role) => role is MessageRole.System or MessageRole.Developer;

    /// <summary>Parses the role names used across formats (Dotprompt's <c>model</c> and Gemini's <c>model</c> mean assistant).</summary>
    public static MessageRole? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "system" => MessageRole.System,
        "developer" => MessageRole.Developer,
        "user" or "human" => MessageRole.User,
        "assistant" or "model" or "ai" => MessageRole.Assistant,
        "tool" or "function" => MessageRole.Tool,
        _ => null,
    };
}
