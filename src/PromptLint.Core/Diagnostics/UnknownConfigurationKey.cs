namespace PromptLint.Diagnostics;

/// <summary>PL0002: reported by the configuration parser and the suppression filter (an unknown rule ID in a suppression comment); the class holds its descriptor only.</summary>
internal static class UnknownConfigurationKey
{
    public static readonly RuleDescriptor Rule = new(
        "PL0002", "promptlint.yaml names something PromptLint does not know", Severity.Warning, RuleScope.Configuration,
        "An unknown top-level key, rule ID or rule option in promptlint.yaml, or an unknown rule ID in a suppression comment; it has no effect, which is usually a typo.");
}
