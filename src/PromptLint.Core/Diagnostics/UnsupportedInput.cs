namespace PromptLint.Diagnostics;

/// <summary>PL0015: reported by the input decoder, for a file named explicitly whose name no format claims; the class holds its descriptor only.</summary>
internal static class UnsupportedInput
{
    public static readonly RuleDescriptor Rule = new(
        "PL0015", "File is not a known prompt format", Severity.Info, RuleScope.PromptFiles,
        "The file was named explicitly but its name matches no supported prompt format, so it was not linted.");
}
