using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL5007: reported by the Roslyn analyzer (PromptFileCalls); the class holds its descriptor only.</summary>
internal static class TemplateVariableNotSupplied
{
    public static readonly RuleDescriptor Rule = new(
        "PL5007", "Template variable is not supplied by the call", Severity.Warning, RuleScope.CSharp,
        "A Semantic Kernel call renders a prompt template (a prompt file the code loads by a constant path, or a template string in code) with KernelArguments whose names are all constants, and no argument supplies a variable the template reads: Semantic Kernel renders the missing variable as empty text.");
}
