using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL5009: reported by the Roslyn analyzer (PromptFileCalls); the class holds its descriptor only.</summary>
internal static class PromptFileNotInOutput
{
    public static readonly RuleDescriptor Rule = new(
        "PL5009", "Prompt file the code loads is not in the project or not in the output", Severity.Warning, RuleScope.CSharp,
        "Code loads a prompt file or a plugin directory by a constant path that names no prompt file of the project, or names one that is not copied to the output directory, so the load fails only when the program runs.");
}
