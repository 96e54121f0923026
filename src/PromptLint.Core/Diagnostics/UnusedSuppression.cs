namespace PromptLint.Diagnostics;

/// <summary>PL0003: reported by the suppression filter, after the rules ran; the class holds its descriptor only.</summary>
internal static class UnusedSuppression
{
    public static readonly RuleDescriptor Rule = new(
        "PL0003", "Suppression suppresses nothing", Severity.Info, RuleScope.Configuration,
        "A promptlint-disable comment or promptlint: metadata entry matched no finding; remove it so stale suppressions do not hide future problems.");
}
