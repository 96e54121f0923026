using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Configuration;
using PromptLint.Linting;

namespace PromptLint.Analyzers.Configuration;

/// <summary>
/// The promptlint.yaml files among a compilation's AdditionalFiles, parsed once per file text (the IDE reuses
/// the same <see cref="SourceText"/> across compilations, so the cache key is the text object). Settings for a
/// path come from the configuration files in its folder and the folders above, nearest last, stopping at
/// <c>root: true</c> — the CLI's discovery, over the files the build passed in instead of the disk.
/// </summary>
internal sealed class AnalyzerConfigs
{
    private static readonly ConditionalWeakTable<SourceText, ConfigParseResult> Cache = new();

    private readonly List<(string Folder, ConfigParseResult Result)> _configs;
    private readonly HashSet<string> _projectFiles;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LintSettings> _settingsByFolder = new(StringComparer.OrdinalIgnoreCase);

    private AnalyzerConfigs(List<(string Folder, ConfigParseResult Result)> configs, HashSet<string> projectFiles)
    {
        _configs = configs;
        _projectFiles = projectFiles;
    }

    public IEnumerable<ConfigParseResult> Parsed => _configs.Select(c => c.Result);

    public static AnalyzerConfigs Create(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var configs = new List<(string, ConfigParseResult)>();
        var projectFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (AdditionalText file in files)
        {
            string path = Normalize(file.Path);
            projectFiles.Add(path);
            string name = path.Substring(path.LastIndexOf('/') + 1);
            if (name != ConfigParser.FileName && name != ConfigParser.HiddenFileName)
            {
                continue;
            }

            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            ConfigParseResult result = Cache.GetValue(text, t => ConfigParser.Parse(file.Path, t.ToString()));
            configs.Add((path.Substring(0, path.LastIndexOf('/') + 1), result));
        }

        return new AnalyzerConfigs(configs, projectFiles);
    }

    /// <summary>
    /// The settings for a file: its configuration chain, plus PL4002's view of the project's files. Resolved once
    /// per folder and compilation when no <c>overrides</c> glob could tell files of one folder apart.
    /// </summary>
    public LintSettings SettingsFor(string path)
    {
        string normalized = Normalize(path);
        if (_configs.Any(c => c.Result.Config?.Overrides.Count > 0))
        {
            return Resolve(normalized);
        }

        string folder = normalized.Substring(0, normalized.LastIndexOf('/') + 1);
        return _settingsByFolder.GetOrAdd(folder, _ => Resolve(normalized));
    }

    private LintSettings Resolve(string normalized)
    {
        var chain = new List<PromptLintConfig>();
        foreach (var (folder, result) in _configs.Where(c => normalized.StartsWith(c.Folder, StringComparison.OrdinalIgnoreCase)).OrderByDescending(c => c.Folder.Length))
        {
            if (result.Config is { } config)
            {
                chain.Add(config);
                if (config.Root)
                {
                    break;
                }
            }
        }

        return new ConfigChain(chain).SettingsFor(normalized).WithProjectFiles(ProjectFileExists);
    }

    /// <summary>Whether a configuration that applies to this path is malformed (then nothing is linted there).</summary>
    public bool HasErrorsFor(string path)
    {
        string normalized = Normalize(path);
        return _configs.Any(c => c.Result.HasErrors && normalized.StartsWith(c.Folder, StringComparison.OrdinalIgnoreCase));
    }

    public bool Includes(string path)
    {
        string normalized = Normalize(path);
        var chain = _configs.Where(c => c.Result.Config is not null && normalized.StartsWith(c.Folder, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.Folder.Length).Select(c => c.Result.Config!).ToList();
        return new ConfigChain(chain).Includes(normalized);
    }

    private bool ProjectFileExists(string path) => _projectFiles.Contains(Normalize(path));

    private static string Normalize(string path) => path.Replace('\\', '/');
}
