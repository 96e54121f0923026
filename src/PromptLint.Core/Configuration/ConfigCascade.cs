using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Settings;

namespace PromptLint.Configuration;

/// <summary>
/// The one promptlint.yaml cascade every host uses: from a file's folder upwards, every configuration file until
/// one says <c>root: true</c> or the repository root is reached, nearest last when settings are applied. With an
/// explicit configuration (<c>--config</c>, <c>PromptLintConfigFile</c>) that file alone applies. Each file is
/// parsed once; chains are cached per folder. Thread-safe.
/// </summary>
public sealed class ConfigCascade
{
    private readonly IConfigSource? _source;
    private readonly ConfigChain? _explicit;
    private readonly ConcurrentDictionary<string, ConfigParseResult?> _byFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfigChain> _chains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfigParseResult> _parsed = new(StringComparer.Ordinal);
    private readonly Func<ConfigFileText, ConfigParseResult> _parse;
    private readonly ConcurrentDictionary<string, bool> _errorsByFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _repositoryRoots = new(StringComparer.Ordinal);

    /// <summary>A cascade discovered through <paramref name="source"/>.</summary>
    /// <param name="source">Where configuration files are found.</param>
    /// <param name="parse">How a file is parsed; a host may cache results across runs (the analyzer does, per text).</param>
    public ConfigCascade(IConfigSource source, Func<ConfigFileText, ConfigParseResult>? parse = null)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _parse = parse ?? ConfigParser.Parse;
    }

    private ConfigCascade(ConfigParseResult explicitConfig)
    {
        _parse = ConfigParser.Parse;
        _parsed[explicitConfig.Path] = explicitConfig;
        _explicit = explicitConfig.Config is { } config ? new ConfigChain(new[] { config }) : ConfigChain.Empty;
    }

    /// <summary>One configuration file for every linted file, whatever folder it is in.</summary>
    public static ConfigCascade Explicit(ConfigFileText file) => new(ConfigParser.Parse(file));

    /// <summary>No configuration at all: the recommended preset everywhere.</summary>
    public static ConfigCascade None { get; } = new(new NoConfigSource());

    /// <summary>Every configuration file read so far, with its problems, in path order.</summary>
    public IReadOnlyList<ConfigParseResult> Parsed => _parsed.Values.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();

    public bool HasErrors => _parsed.Values.Any(p => p.HasErrors);

    /// <summary>The configuration chain for a file (or a folder, when <paramref name="isFolder"/>).</summary>
    public ConfigChain ChainFor(string fullPath, bool isFolder = false)
    {
        if (_explicit is not null)
        {
            return _explicit;
        }

        string folder = isFolder ? Trim(fullPath) : ParentOf(fullPath) ?? string.Empty;
        return _chains.GetOrAdd(folder, Discover);
    }

    /// <summary>A file's settings from its configuration chain.</summary>
    public LintSettings SettingsFor(string fullPath) => ChainFor(fullPath).SettingsFor(fullPath);

    /// <summary>Whether a malformed configuration applies to this file; then nothing is linted there.</summary>
    public bool HasErrorsFor(string fullPath)
    {
        if (_explicit is not null)
        {
            return HasErrors;
        }

        string start = ParentOf(fullPath) ?? string.Empty;
        return _errorsByFolder.GetOrAdd(start, HasErrorsFrom);
    }

    private bool HasErrorsFrom(string startFolder)
    {
        _chains.GetOrAdd(startFolder, Discover);
        foreach (string folder in FoldersUpFrom(startFolder))
        {
            ConfigParseResult? found = _byFolder.TryGetValue(folder, out ConfigParseResult? cached) ? cached : null;
            if (found is null)
            {
                if (IsRepositoryRoot(folder))
                {
                    return false;
                }

                continue;
            }

            if (found.HasErrors)
            {
                return true;
            }

            if (found.Config!.Root || IsRepositoryRoot(folder))
            {
                return false;
            }
        }

        return false;
    }

    private ConfigChain Discover(string startFolder)
    {
        var configs = new List<PromptLintConfig>();
        foreach (string folder in FoldersUpFrom(startFolder))
        {
            ConfigParseResult? found = _byFolder.GetOrAdd(folder, Read);
            if (found?.Config is { } config)
            {
                configs.Add(config);
                if (config.Root)
                {
                    break;
                }
            }

            if (IsRepositoryRoot(folder))
            {
                break;
            }
        }

        return new ConfigChain(configs);
    }

    /// <summary>Asked once per folder: every file of a folder tree walks up through the same ancestors.</summary>
    private bool IsRepositoryRoot(string folder) => _repositoryRoots.GetOrAdd(folder, _source!.IsRepositoryRoot);

    private ConfigParseResult? Read(string folder)
    {
        ConfigFileText? file = _source!.FindIn(folder);
        if (file is null)
        {
            return null;
        }

        return _parsed.GetOrAdd(file.Path, _ => _parse(file));
    }

    private static IEnumerable<string> FoldersUpFrom(string? folder)
    {
        for (string? dir = folder; !string.IsNullOrEmpty(dir); dir = ParentOf(dir!))
        {
            yield return dir!;
        }
    }

    /// <summary>The folder holding <paramref name="path"/>, for <c>/</c> and <c>\</c> alike; null at the top.</summary>
    internal static string? ParentOf(string path)
    {
        string trimmed = Trim(path);
        int slash = Math.Max(trimmed.LastIndexOf('/'), trimmed.LastIndexOf('\\'));
        if (slash < 0)
        {
            return null;
        }

        // "/x" → "/" and "C:\x" → "C:\": a root keeps its separator, and has no parent itself.
        bool isRootSeparator = slash == 0 || (slash == 2 && trimmed[1] == ':');
        if (isRootSeparator)
        {
            return trimmed.Length > slash + 1 ? trimmed.Substring(0, slash + 1) : null;
        }

        return trimmed.Substring(0, slash);
    }

    private static string Trim(string path) =>
        path.Length > 1 && (path[path.Length - 1] == '/' || path[path.Length - 1] == '\\') && !(path.Length == 3 && path[1] == ':')
            ? path.Substring(0, path.Length - 1)
            : path;

    private sealed class NoConfigSource : IConfigSource
    {
        public ConfigFileText? FindIn(string folder) => null;

        public bool IsRepositoryRoot(string folder) => false;
    }
}
