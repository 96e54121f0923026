using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL5005: reported by the Roslyn analyzer (PromptCollector); the class holds its descriptor only.</summary>
internal static class DangerousContentAllowed
{
    public static readonly RuleDescriptor Rule = new(
        "PL5005", "Template allows dangerously set content", Severity.Warning, RuleScope.CSharp,
        "AllowDangerouslySetContent = true on a Semantic Kernel prompt template config, input variable or template factory turns off the encoding of variable and function values, so text supplied at run time can inject <message role=\"system\"> tags.");
}
