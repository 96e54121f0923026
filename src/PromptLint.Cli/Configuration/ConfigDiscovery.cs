using System;
using System.Collections.Generic;
using System.IO;
using PromptLint.Configuration;
using PromptLint.Linting;

namespace PromptLint.Cli.Configuration;

/// <summary>
/// Finds the promptlint.yaml files that apply to each linted file: walking up from the file's folder, every
/// <c>promptlint.yaml</c>/<c>.promptlint.yaml</c> until one says <c>root: true</c> or the repository root (a
/// folder with <c>.git</c>) is reached. <c>--config</c> replaces the walk. Each file is parsed once.
/// </summary>
internal sealed class ConfigDiscovery
{
    private readonly Dictionary<string, ConfigParseResult?> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConfigChain> _chains = new(StringComparer.Ordinal);
    private readonly ConfigChain? _explicit;

    public ConfigDiscovery(string? explicitConfigPath, string workingDirectory)
    {
        if (explicitConfigPath is not null)
        {
            string full = Path.GetFullPath(explicitConfigPath, workingDirectory);
            if (!File.Exists(full))
            {
                throw new UsageException($"--config file not found: {explicitConfigPath}");
            }

            ConfigParseResult result = Parse(full);
            _explicit = result.Config is { } config ? new ConfigChain(new[] { config }) : ConfigChain.Empty;
        }
    }

    /// <summary>Every configuration file read so far, with its problems.</summary>
    public List<ConfigParseResult> Parsed { get; } = new();

    public bool HasErrors => Parsed.Exists(p => p.HasErrors);

    public ConfigChain ChainFor(string fullPath)
    {
        if (_explicit is not null)
        {
            return _explicit;
        }

        string folder = Path.GetDirectoryName(fullPath)!;
        if (_chains.TryGetValue(folder, out ConfigChain? chain))
        {
            return chain;
        }

        var configs = new List<PromptLintConfig>();
        for (string? dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            ConfigParseResult? found = FindIn(dir);
            if (found?.Config is { } config)
            {
                configs.Add(config);
                if (config.Root)
                {
                    break;
                }
            }

            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                break;
            }
        }

        chain = new ConfigChain(configs);
        _chains[folder] = chain;
        return chain;
    }

    private ConfigParseResult? FindIn(string folder)
    {
        if (_byFolder.TryGetValue(folder, out ConfigParseResult? cached))
        {
            return cached;
        }

        ConfigParseResult? result = null;
        foreach (string name in new[] { ConfigParser.FileName, ConfigParser.HiddenFileName })
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                result = Parse(candidate);
                break;
            }
        }

        _byFolder[folder] = result;
        return result;
    }

    private ConfigParseResult Parse(string fullPath)
    {
        ConfigParseResult result = ConfigParser.Parse(fullPath, File.ReadAllText(fullPath));
        Parsed.Add(result);
        return result;
    }
}
