using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL5008: reported by the Roslyn analyzer (PromptFileCalls); the class holds its descriptor only.</summary>
internal static class ArgumentNotReadByTemplate
{
    public static readonly RuleDescriptor Rule = new(
        "PL5008", "Argument is not read by the template", Severity.Info, RuleScope.CSharp,
        "A constant KernelArguments name that the template the call renders never reads: usually a misspelt variable, whose value then never reaches the model.");
}
