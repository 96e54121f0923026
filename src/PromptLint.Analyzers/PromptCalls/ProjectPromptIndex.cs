using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>Whether an AdditionalFile reaches the build output, from the item metadata the package makes compiler-visible.</summary>
internal enum OutputState
{
    /// <summary>No metadata (the analyzer without the package's targets): nothing is judged.</summary>
    Unknown,
    Copied,
    Embedded,
    NotCopied,
}

/// <summary>
/// The project's prompt files as the C# that loads them sees them, built once per compilation on first use: each
/// AdditionalFile by its path relative to the project folder, whether it reaches the output, and (read on demand,
/// once per file and format, by Core's readers) the variables its template reads. Never touches the disk (RS1035):
/// "in the project" means "among the AdditionalFiles".
/// </summary>
internal sealed class ProjectPromptIndex
{
    internal const string ProjectDirProperty = "build_property.ProjectDir";
    internal const string CopyMetadata = "build_metadata.AdditionalFiles.PromptLintCopyToOutput";
    internal const string EmbeddedMetadata = "build_metadata.AdditionalFiles.PromptLintEmbedded";
    internal const string DefaultFilesProperty = "build_property.PromptLintDefaultFiles";
    internal const string RootNamespaceProperty = "build_property.RootNamespace";

    private readonly Dictionary<string, AdditionalText> _byRelativePath = new(StringComparer.OrdinalIgnoreCase);
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly CancellationToken _cancellationToken;
    private readonly ConcurrentDictionary<(string Path, PromptFormat Format), TemplateFacts?> _templates = new();

    public ProjectPromptIndex(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        ProjectDirectory = options.GlobalOptions.TryGetValue(ProjectDirProperty, out string? dir) && dir.Length > 0
            ? ProjectPaths.Normalize(dir).TrimEnd('/') + "/"
            : null;
        RootNamespace = options.GlobalOptions.TryGetValue(RootNamespaceProperty, out string? root) && root.Length > 0 ? root : null;
        DefaultFilesOn = !(options.GlobalOptions.TryGetValue(DefaultFilesProperty, out string? on) && string.Equals(on, "false", StringComparison.OrdinalIgnoreCase));
        if (ProjectDirectory is null)
        {
            return;
        }

        foreach (AdditionalText file in files)
        {
            string path = ProjectPaths.Normalize(file.Path);
            if (path.StartsWith(ProjectDirectory, StringComparison.OrdinalIgnoreCase))
            {
                _byRelativePath[path.Substring(ProjectDirectory.Length)] = file;
            }
        }
    }

    /// <summary>The project folder with a final '/', or null when the build does not say (then no path is resolved).</summary>
    public string? ProjectDirectory { get; }

    /// <summary>Whether the package's default globs put prompt files into AdditionalFiles (PromptLintDefaultFiles is not false).</summary>
    public bool DefaultFilesOn { get; }

    /// <summary>The project's root namespace, which starts the manifest name of each embedded resource; null when the build does not say.</summary>
    public string? RootNamespace { get; }

    public IEnumerable<string> RelativePaths => _byRelativePath.Keys;

    public AdditionalText? FileAt(string relativePath) => _byRelativePath.TryGetValue(relativePath, out AdditionalText? file) ? file : null;

    public IReadOnlyList<AdditionalText> FilesUnder(string relativeDirectory)
    {
        string prefix = relativeDirectory.TrimEnd('/') + "/";
        return _byRelativePath.Where(p => p.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).ToList();
    }

    public OutputState OutputOf(AdditionalText file)
    {
        AnalyzerConfigOptions options = _options.GetOptions(file);
        if (!options.TryGetValue(CopyMetadata, out string? copy) || copy.Length == 0)
        {
            return OutputState.Unknown;
        }

        if (copy is "PreserveNewest" or "Always" or "IfDifferent")
        {
            return OutputState.Copied;
        }

        return options.TryGetValue(EmbeddedMetadata, out string? embedded) && string.Equals(embedded, "true", StringComparison.OrdinalIgnoreCase)
            ? OutputState.Embedded
            : OutputState.NotCopied;
    }

    /// <summary>Whether the file is an embedded resource; null without the package's metadata (nothing is judged).</summary>
    public bool? IsEmbedded(AdditionalText file)
    {
        AnalyzerConfigOptions options = _options.GetOptions(file);
        if (!options.TryGetValue(CopyMetadata, out string? copy) || copy.Length == 0)
        {
            return null;
        }

        return options.TryGetValue(EmbeddedMetadata, out string? embedded) && string.Equals(embedded, "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The template of a project file read as <paramref name="format"/>, or null when it cannot be read completely.</summary>
    public TemplateFacts? Template(string relativePath, PromptFormat format) => FileAt(relativePath) is { } file
        ? _templates.GetOrAdd((relativePath, format), key => Read(file, key.Path, key.Format))
        : null;

    private TemplateFacts? Read(AdditionalText file, string relativePath, PromptFormat format)
    {
        if (file.GetText(_cancellationToken) is not { } text || text.Length > 1_000_000)
        {
            return null;
        }

        Dictionary<string, string>? companions = null;
        if (format == PromptFormat.SemanticKernelText)
        {
            string config = ProjectPaths.Parent(relativePath) + "config.json";
            if (FileAt(config)?.GetText(_cancellationToken) is { } configText)
            {
                companions = new Dictionary<string, string> { ["config.json"] = configText.ToString() };
            }
        }

        PromptDocument? document = Linter.Read(new PromptInput(file.Path, text.ToString(), companions), format);
        return document is null ? null : TemplateFacts.From(document, relativePath, companions);
    }
}
