using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL1007: reported by the Roslyn analyzer (ToolDefinitions); the class holds its descriptor only.</summary>
internal static class ToolParameterWithoutDescription
{
    public static readonly RuleDescriptor Rule = new(
        "PL1007", "Tool parameter has no description", Severity.Info, RuleScope.CSharp,
        "A parameter of a tool function has no [Description], so the model has to guess what value and format to pass.");
}
