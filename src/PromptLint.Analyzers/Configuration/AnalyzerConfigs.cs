using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Configuration;

namespace PromptLint.Analyzers.Configuration;

/// <summary>
/// The promptlint.yaml files among a compilation's AdditionalFiles, as the source of Core's one
/// <see cref="ConfigCascade"/>. Each file is parsed once per text (the IDE reuses the same <see cref="SourceText"/>
/// across compilations, so the cache key is the text object). The package passes every configuration file of the
/// project's chain (found on disk by the MSBuild task up to <c>root: true</c> or the repository root), so no
/// folder is a repository root here: the chain ends where the files end.
/// </summary>
internal sealed class AnalyzerConfigs : IConfigSource
{
    private static readonly ConditionalWeakTable<SourceText, ConfigParseResult> Cache = new();

    private readonly Dictionary<string, (string Path, SourceText Text)> _byFolder;

    private AnalyzerConfigs(Dictionary<string, (string, SourceText)> byFolder) => _byFolder = byFolder;

    public static ConfigCascade CreateCascade(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var byFolder = new Dictionary<string, (string, SourceText)>(StringComparer.Ordinal);
        foreach (AdditionalText file in files)
        {
            string name = System.IO.Path.GetFileName(file.Path);
            if (name != ConfigParser.FileName && name != ConfigParser.HiddenFileName)
            {
                continue;
            }

            string folder = ConfigCascade.ParentOf(file.Path) ?? string.Empty;
            if ((name == ConfigParser.FileName || !byFolder.ContainsKey(folder)) && file.GetText(cancellationToken) is { } text)
            {
                byFolder[folder] = (file.Path, text);
            }
        }

        var source = new AnalyzerConfigs(byFolder);
        var cascade = new ConfigCascade(source, file => Cache.GetValue(source._byFolder[ConfigCascade.ParentOf(file.Path) ?? string.Empty].Text, _ => ConfigParser.Parse(file.Path, file.Text)));
        foreach (string folder in byFolder.Keys)
        {
            cascade.ChainFor(folder, isFolder: true); // parse every configuration now, so each one's own problems are reported
        }

        return cascade;
    }

    public ConfigFileText? FindIn(string folder) =>
        _byFolder.TryGetValue(folder, out var file) ? new ConfigFileText(file.Path, file.Text.ToString()) : null;

    public bool IsRepositoryRoot(string folder) => false;
}
