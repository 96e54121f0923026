namespace PromptLint.Diagnostics;

/// <summary>PL0001: reported by the configuration parser (a promptlint.yaml that cannot be used) and the CLI's baseline reader; the class holds its descriptor only.</summary>
internal static class MalformedConfiguration
{
    public static readonly RuleDescriptor Rule = new(
        "PL0001", "promptlint.yaml is malformed", Severity.Error, RuleScope.Configuration,
        "The configuration file has a YAML syntax error, a value of the wrong type or an unknown severity word; nothing is linted with settings that silently differ from what the file says.");
}
