using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL1005: reported by the Roslyn analyzer (ComposedPromptReporter), from a request built in C#; the class holds its descriptor only.</summary>
internal static class RequestWithoutInstructions
{
    public static readonly RuleDescriptor Rule = new(
        "PL1005", "Request has no system or developer instructions", Severity.Warning, RuleScope.CSharp,
        "Code sends the model a request made only of user text (a bare question, a Semantic Kernel prompt of a few words, user messages with no system message), so nothing sets a role, a task, constraints or an output format; one finding replaces PL1001, PL1002 and PL2001 for such a request.");
}
