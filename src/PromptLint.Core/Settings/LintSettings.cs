using System;
using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Settings;

/// <summary>
/// Effective rule severities and options for one lint run. Hosts build it (from command-line options
/// today; from promptlint.yaml in the configuration feature); Core only reads it.
/// </summary>
public sealed class LintSettings
{
    private readonly Dictionary<string, Severity> _severities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _options = new(StringComparer.OrdinalIgnoreCase);

    // The preset the severities start from; applied per rule when asked, so settings need no list of every rule.
    private string? _preset;

    public static LintSettings Default { get; } = new();

    /// <summary>Fine-tuned models and their eval files, from promptlint.yaml's <c>models:</c>.</summary>
    public IReadOnlyList<ModelBaseline> Models { get; private set; } = Array.Empty<ModelBaseline>();

    /// <summary>
    /// How the host answers "is this file part of the project?" for PL4002 (the CLI asks the file system, the
    /// analyzer its AdditionalFiles). Null: the host cannot tell, and PL4002 is not checked.
    /// </summary>
    public Func<string, bool>? ProjectFileExists { get; private set; }

    /// <summary>
    /// Dated retirements of fine-tune base models (PL4013/PL4014): the embedded table with promptlint.yaml's
    /// <c>retirements:</c> applied, judged against its <see cref="RetirementTable.AsOf"/> date.
    /// </summary>
    public RetirementTable Retirements { get; private set; } = RetirementTable.Default;

    public LintSettings WithRetirements(RetirementTable retirements)
    {
        LintSettings copy = Clone();
        copy.Retirements = retirements;
        return copy;
    }

    public LintSettings WithModels(IReadOnlyList<ModelBaseline> models)
    {
        LintSettings copy = Clone();
        copy.Models = models;
        return copy;
    }

    public LintSettings WithProjectFiles(Func<string, bool> exists)
    {
        LintSettings copy = Clone();
        copy.ProjectFileExists = exists;
        return copy;
    }

    /// <summary>The settings a built-in preset (<c>recommended</c>, <c>strict</c>, <c>minimal</c>) starts from.</summary>
    public static LintSettings FromPreset(string preset)
    {
        return new LintSettings { _preset = preset };
    }

    public Severity SeverityOf(RuleDescriptor rule) =>
        _severities.TryGetValue(rule.Id, out Severity severity) ? severity
        : _preset is null ? rule.DefaultSeverity
        : Presets.SeverityIn(_preset, rule);

    /// <summary>An option's value (e.g. <c>maxTokens</c>), or the catalog's default.</summary>
    public int Option(RuleDescriptor rule, string name)
    {
        if (_options.TryGetValue(rule.Id + "." + name, out int value))
        {
            return value;
        }

        return rule.Options.TryGetValue(name, out int defaultValue)
            ? defaultValue
            : throw new ArgumentException($"{rule.Id} has no option '{name}'", nameof(name));
    }

    public int Option(RuleDescriptor rule, RuleOption option) => Option(rule, option.Name);

    public LintSettings WithSeverity(string ruleId, Severity severity)
    {
        LintSettings copy = Clone();
        copy._severities[ruleId] = severity;
        return copy;
    }

    public LintSettings WithOption(string ruleId, string name, int value)
    {
        LintSettings copy = Clone();
        copy._options[ruleId + "." + name] = value;
        return copy;
    }

    private LintSettings Clone()
    {
        var copy = new LintSettings { Models = Models, ProjectFileExists = ProjectFileExists, Retirements = Retirements, _preset = _preset };
        foreach (var pair in _severities)
        {
            copy._severities[pair.Key] = pair.Value;
        }

        foreach (var pair in _options)
        {
            copy._options[pair.Key] = pair.Value;
        }

        return copy;
    }
}
