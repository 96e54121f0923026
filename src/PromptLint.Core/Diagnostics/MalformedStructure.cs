namespace PromptLint.Diagnostics;

/// <summary>PL0014: reported by the readers (a read problem), the dataset linter and the eval result readers; the class holds its descriptor only.</summary>
internal static class MalformedStructure
{
    public static readonly RuleDescriptor Rule = new(
        "PL0014", "Prompt metadata or structure cannot be parsed", Severity.Error, RuleScope.PromptFiles | RuleScope.Datasets | RuleScope.Evidence,
        "YAML front matter, a YAML prompt template or a JSON chat array has a syntax error or an unexpected shape; the message gives the parser's reason at its line and column.");
}
