namespace PromptLint.Diagnostics;

/// <summary>PL0011: reported by the input decoder; the class holds its descriptor only.</summary>
internal static class BinaryInput
{
    public static readonly RuleDescriptor Rule = new(
        "PL0011", "Input is not a text file", Severity.Warning, RuleScope.PromptFiles,
        "The file contains NUL bytes or other binary content; prompt files must be text, so it was not linted.");
}
