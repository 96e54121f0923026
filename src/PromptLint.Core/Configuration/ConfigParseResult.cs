using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Configuration;

/// <summary>A parsed configuration and the PL0001/PL0002 findings about the file. With any PL0001 there is no configuration.</summary>
public sealed class ConfigParseResult
{
    internal ConfigParseResult(string path, PromptLintConfig? config, IReadOnlyList<Finding> problems)
    {
        Path = path;
        Config = config;
        Problems = problems;
    }

    /// <summary>The configuration file's path, as the host gave it.</summary>
    public string Path { get; }

    public PromptLintConfig? Config { get; }

    public IReadOnlyList<Finding> Problems { get; }

    public bool HasErrors => Problems.Any(p => p.Rule == MalformedConfiguration.Rule);
}
