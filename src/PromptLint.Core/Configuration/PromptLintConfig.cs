using System.Collections.Generic;
using System.Linq;
using PromptLint.Settings;

namespace PromptLint.Configuration;

/// <summary>
/// A parsed promptlint.yaml. Settings resolve per file: the preset named by <c>extends</c>, then the file's
/// <c>rules</c>, then every matching <c>overrides</c> entry in order (later entries win).
/// </summary>
public sealed class PromptLintConfig
{
    internal PromptLintConfig(
        string path,
        bool root,
        string extends,
        bool extendsIsExplicit,
        IReadOnlyList<Glob> include,
        IReadOnlyList<Glob> exclude,
        IReadOnlyList<RuleSetting> rules,
        IReadOnlyList<ConfigOverride> overrides,
        IReadOnlyList<ModelBaseline>? models = null,
        IReadOnlyList<UsageEntry>? usage = null,
        RetirementSection? retirements = null)
    {
        Retirements = retirements ?? RetirementSection.Empty;
        Usage = usage ?? new List<UsageEntry>();
        Models = models ?? new List<ModelBaseline>();
        Path = path;
        Root = root;
        Extends = extends;
        ExtendsIsExplicit = extendsIsExplicit;
        Include = include;
        Exclude = exclude;
        Rules = rules;
        Overrides = overrides;
        BaseSettings = rules.Aggregate(LintSettings.FromPreset(extends), (settings, rule) => rule.ApplyTo(settings));
    }

    /// <summary>The configuration used when no promptlint.yaml is found: the recommended preset.</summary>
    public static PromptLintConfig Default { get; } = new(
        string.Empty, root: true, Presets.Recommended, extendsIsExplicit: false, new List<Glob>(), new List<Glob>(), new List<RuleSetting>(), new List<ConfigOverride>());

    /// <summary>Where the file was read from (empty for <see cref="Default"/>); globs are relative to its folder.</summary>
    public string Path { get; }

    public bool Root { get; }

    public string Extends { get; }

    /// <summary>Whether the file wrote <c>extends:</c>; only then does it restart from a preset when files cascade.</summary>
    public bool ExtendsIsExplicit { get; }

    public IReadOnlyList<Glob> Include { get; }

    public IReadOnlyList<Glob> Exclude { get; }

    public IReadOnlyList<RuleSetting> Rules { get; }

    public IReadOnlyList<ConfigOverride> Overrides { get; }

    /// <summary>Fine-tuned model IDs (or patterns) and their eval files.</summary>
    public IReadOnlyList<ModelBaseline> Models { get; }

    /// <summary>The <c>usage:</c> entries (calls, prices, fine-tune figures) for the ladder report, in file order.</summary>
    public IReadOnlyList<UsageEntry> Usage { get; }

    /// <summary>The <c>retirements:</c> section: the date to judge against and rows over the embedded table.</summary>
    public RetirementSection Retirements { get; }

    /// <summary>Settings before overrides: preset refined by <c>rules</c>.</summary>
    public LintSettings BaseSettings { get; }

    /// <summary>The effective settings for a file, given its path relative to the configuration folder.</summary>
    public LintSettings SettingsFor(string relativePath) =>
        ApplyOverrides(BaseSettings, relativePath).WithModels(Models).WithRetirements(Retirements.ApplyTo(RetirementTable.Default));

    /// <summary>This file's settings layered on <paramref name="inherited"/> (a parent folder's configuration).</summary>
    internal LintSettings ApplyTo(LintSettings inherited, string relativePath, bool withOverrides = true)
    {
        LintSettings start = ExtendsIsExplicit ? LintSettings.FromPreset(Extends) : inherited;
        LintSettings ruled = Rules.Aggregate(start, (settings, rule) => rule.ApplyTo(settings));
        return withOverrides ? ApplyOverrides(ruled, relativePath) : ruled;
    }

    private LintSettings ApplyOverrides(LintSettings settings, string relativePath)
    {
        foreach (ConfigOverride entry in Overrides)
        {
            if (entry.Files.Any(glob => glob.IsMatch(relativePath)))
            {
                settings = entry.Rules.Aggregate(settings, (current, rule) => rule.ApplyTo(current));
            }
        }

        return settings;
    }

    /// <summary>Whether a file found by walking folders is linted: it matches <c>include</c> (when given) and no <c>exclude</c>.</summary>
    public bool Includes(string relativePath) =>
        (Include.Count == 0 || Include.Any(glob => glob.IsMatch(relativePath))) && !Exclude.Any(glob => glob.IsMatch(relativePath));
}
