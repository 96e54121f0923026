namespace PromptLint.Diagnostics;

/// <summary>PL0010: reported by the hosts and the evidence reader when a file cannot be read; the class holds its descriptor only.</summary>
internal static class UnreadableInput
{
    public static readonly RuleDescriptor Rule = new(
        "PL0010", "Input file could not be read", Severity.Error, RuleScope.PromptFiles | RuleScope.Datasets | RuleScope.Evidence,
        "The file could not be opened or read (missing, locked, permission denied), so it was not linted.");
}
