using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Configuration;

/// <summary>What promptlint.yaml says about one rule: an optional severity and option values.</summary>
public sealed class RuleSetting
{
    public RuleSetting(RuleDescriptor rule, Severity? severity, IReadOnlyDictionary<string, int> options)
    {
        Rule = rule;
        Severity = severity;
        Options = options;
    }

    public RuleDescriptor Rule { get; }

    public Severity? Severity { get; }

    public IReadOnlyDictionary<string, int> Options { get; }

    internal LintSettings ApplyTo(LintSettings settings)
    {
        if (Severity is { } severity)
        {
            settings = settings.WithSeverity(Rule.Id, severity);
        }

        foreach (var option in Options)
        {
            settings = settings.WithOption(Rule.Id, option.Key, option.Value);
        }

        return settings;
    }
}

/// <summary>An <c>overrides:</c> entry: rule settings for files matching any of its globs.</summary>
public sealed class ConfigOverride
{
    public ConfigOverride(IReadOnlyList<Glob> files, IReadOnlyList<RuleSetting> rules)
    {
        Files = files;
        Rules = rules;
    }

    public IReadOnlyList<Glob> Files { get; }

    public IReadOnlyList<RuleSetting> Rules { get; }
}
