using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL5010: reported by the Roslyn analyzer (PromptFileCalls); the class holds its descriptor only.</summary>
internal static class PromptModelDiffersFromClient
{
    public static readonly RuleDescriptor Rule = new(
        "PL5010", "Prompt declares a different model than the client it is sent through", Severity.Info, RuleScope.CSharp,
        "A prompt file or template declares a model ID, and the code sends it through a Semantic Kernel kernel whose only chat service has a different constant model ID: the prompt was written (and perhaps evaluated) for another model, and Semantic Kernel, which picks services by the declared model ID, may not find one.");
}
