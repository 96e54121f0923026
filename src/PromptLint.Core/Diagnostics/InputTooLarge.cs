namespace PromptLint.Diagnostics;

/// <summary>PL0013: reported by the input decoder and the pipelines, before a file is read; the class holds its descriptor only.</summary>
internal static class InputTooLarge
{
    public static readonly RuleOption MaxFileBytes = new("maxFileBytes", 1024 * 1024);

    public static readonly RuleDescriptor Rule = new(
        "PL0013", "Input is larger than the size limit", Severity.Warning, RuleScope.PromptFiles | RuleScope.Datasets | RuleScope.Evidence,
        "The file is larger than the configured limit (maxFileBytes, default 1 MiB) and was not linted; a prompt that large belongs in retrieval, not in the prompt.",
        MaxFileBytes);
}
