using System.Text.RegularExpressions;
using PromptLint.Configuration;
using PromptLint.MSBuild;

namespace PromptLint.Hosts.Tests;

/// <summary>
/// The generated .globalconfig says only what Roslyn reads from it: severities. Rule options stay in promptlint.yaml,
/// which the analyzer reads among the AdditionalFiles; a line nothing reads would only look like configuration.
/// </summary>
public sealed class GlobalConfigContentTests
{
    private static readonly Regex ReadKey = new(@"^(#.*|is_global = true|global_level = -1|dotnet_diagnostic\.PL\d{4}\.severity = (error|warning|suggestion|none))?$");

    [Fact]
    public void Every_line_is_a_key_the_compiler_reads()
    {
        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml", "rules:\n  PL2002: { severity: error, minExamples: 3 }\n");
        Assert.Empty(parsed.Problems);

        string rendered = GeneratePromptLintGlobalConfig.Render(new ConfigChain([parsed.Config!]));

        Assert.Contains("dotnet_diagnostic.PL2002.severity = error", rendered.Split('\n'));
        Assert.All(rendered.Split('\n'), line => Assert.Matches(ReadKey, line));
    }
}
