namespace PromptLint.Diagnostics;

/// <summary>PL0016: reported by the Linter's finding cap; the class holds its descriptor only.</summary>
internal static class FindingsCapped
{
    public static readonly RuleOption MaxFindingsPerRule = new("maxFindingsPerRule", 100);

    public static readonly RuleDescriptor Rule = new(
        "PL0016", "Too many findings of one rule in a file", Severity.Info, RuleScope.PromptFiles,
        "One rule reported more findings in one file than the cap (maxFindingsPerRule, default 100); the first ones are kept and this one finding gives the count of the rest, so a broken or hostile file cannot flood a report.",
        MaxFindingsPerRule);
}
