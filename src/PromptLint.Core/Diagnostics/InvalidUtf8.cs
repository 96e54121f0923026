namespace PromptLint.Diagnostics;

/// <summary>PL0012: reported by the input decoder and the dataset linter; the class holds its descriptor only.</summary>
internal static class InvalidUtf8
{
    public static readonly RuleDescriptor Rule = new(
        "PL0012", "Input is not valid UTF-8", Severity.Warning, RuleScope.PromptFiles | RuleScope.Datasets,
        "The file contains a byte sequence that is not valid UTF-8; prompt files are read as UTF-8, so it was not linted.");
}
