using System.Collections.Generic;
using System.Linq;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.Configuration;

/// <summary>A parsed configuration and the PL0001/PL0002 findings about the file. With any PL0001 there is no configuration.</summary>
public sealed class ConfigParseResult
{
    internal ConfigParseResult(PromptLintConfig? config, IReadOnlyList<Finding> problems)
    {
        Config = config;
        Problems = problems;
    }

    public PromptLintConfig? Config { get; }

    public IReadOnlyList<Finding> Problems { get; }

    public bool HasErrors => Problems.Any(p => p.Rule == RuleCatalog.MalformedConfiguration);
}
