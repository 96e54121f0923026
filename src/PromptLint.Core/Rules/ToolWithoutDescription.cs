using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL1006: reported by the Roslyn analyzer (ToolDefinitions); the class holds its descriptor only.</summary>
internal static class ToolWithoutDescription
{
    public static readonly RuleDescriptor Rule = new(
        "PL1006", "Tool has no description", Severity.Warning, RuleScope.CSharp,
        "A function offered to the model as a tool ([KernelFunction] method, AIFunctionFactory.Create) has no description, so the model chooses and calls it from its name alone.");
}
