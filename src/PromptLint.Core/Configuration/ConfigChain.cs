using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Settings;

namespace PromptLint.Configuration;

/// <summary>
/// The configuration files that apply to one file: the nearest promptlint.yaml and its ancestors up to one
/// with <c>root: true</c> (or the repository root). Farther files apply first, nearer ones refine them; a
/// file that writes <c>extends:</c> restarts from that preset. Globs are relative to each file's own folder.
/// </summary>
public sealed class ConfigChain
{
    private readonly IReadOnlyList<PromptLintConfig> _farthestFirst;

    /// <param name="nearestFirst">The configurations from the file's folder upwards; the walk has already stopped at <c>root: true</c>.</param>
    public ConfigChain(IReadOnlyList<PromptLintConfig> nearestFirst) => _farthestFirst = nearestFirst.Reverse().ToList();

    public static ConfigChain Empty { get; } = new(Array.Empty<PromptLintConfig>());

    /// <summary>The nearest configuration file, or null when none applies.</summary>
    public PromptLintConfig? Nearest => _farthestFirst.Count == 0 ? null : _farthestFirst[_farthestFirst.Count - 1];

    /// <summary>The configurations of the chain, farthest first (nearer ones refine them).</summary>
    public IReadOnlyList<PromptLintConfig> FarthestFirst => _farthestFirst;

    /// <summary>Whether any file of the chain has <c>overrides</c>, so files of one folder can differ.</summary>
    public bool HasOverrides => _farthestFirst.Any(config => config.Overrides.Count > 0);

    /// <summary>The IDs of rules some <c>overrides</c> entry of the chain changes for some files.</summary>
    public IReadOnlyCollection<string> OverriddenRuleIds =>
        new HashSet<string>(_farthestFirst.SelectMany(c => c.Overrides).SelectMany(o => o.Rules).Select(r => r.Rule.Id), StringComparer.Ordinal);

    public LintSettings SettingsFor(string fullPath) => Resolve(fullPath, withOverrides: true);

    /// <summary>Settings before any <c>overrides</c> entry: what a generated .globalconfig can say for the whole project.</summary>
    public LintSettings SettingsWithoutOverrides() => Resolve(string.Empty, withOverrides: false);

    private LintSettings Resolve(string fullPath, bool withOverrides)
    {
        LintSettings settings = LintSettings.FromPreset(Presets.Recommended);
        foreach (PromptLintConfig config in _farthestFirst)
        {
            settings = config.ApplyTo(settings, RelativePath(config.Path, fullPath), withOverrides);
        }

        // Retirement rows: farther files first, so a nearer file's row or date wins.
        RetirementTable retirements = _farthestFirst.Aggregate(RetirementTable.Default, (table, config) => config.Retirements.ApplyTo(table));

        // Model entries: nearer files first, so their entry wins when two patterns match.
        return settings.WithModels(_farthestFirst.Reverse().SelectMany(config => config.Models).ToList()).WithRetirements(retirements);
    }

    /// <summary>Whether a file found by walking folders passes every configuration's include/exclude globs.</summary>
    public bool Includes(string fullPath) => _farthestFirst.All(config => config.Includes(RelativePath(config.Path, fullPath)));

    /// <summary><paramref name="fullPath"/> relative to the folder of <paramref name="configPath"/>, with <c>/</c>.</summary>
    public static string RelativePath(string configPath, string fullPath)
    {
        string path = fullPath.Replace('\\', '/');
        string config = configPath.Replace('\\', '/');
        int slash = config.LastIndexOf('/');
        string folder = slash < 0 ? string.Empty : config.Substring(0, slash + 1);
        return folder.Length > 0 && path.StartsWith(folder, StringComparison.Ordinal) ? path.Substring(folder.Length) : path;
    }
}
