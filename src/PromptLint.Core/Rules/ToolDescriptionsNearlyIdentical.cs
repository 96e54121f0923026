using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL1008: reported by the Roslyn analyzer (ToolDefinitions); the class holds its descriptor only.</summary>
internal static class ToolDescriptionsNearlyIdentical
{
    public static readonly RuleDescriptor Rule = new(
        "PL1008", "Two tools of one plugin have near-identical descriptions", Severity.Warning, RuleScope.CSharp,
        "Two tool functions of the same plugin class are described in (almost) the same words, so the model cannot tell from the descriptions which one to call.");
}
