using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>How a message names the instructions it is about: "system prompt" or "instructions" for templates without roles.</summary>
internal static class InstructionWording
{
    public static string Subject(PromptDocument document)
    {
        var instructions = document.InstructionMessages;
        if (instructions.Count == 0)
        {
            return "prompt";
        }

        return instructions[0].RoleIsImplicit ? "prompt" : instructions[0].Role switch
        {
            MessageRole.Developer => "developer message",
            MessageRole.User => "prompt (its first user message)",
            _ => "system prompt",
        };
    }
}
