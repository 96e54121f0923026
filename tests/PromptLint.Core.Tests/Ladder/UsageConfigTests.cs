using PromptLint.Configuration;
using PromptLint.Ladder;

namespace PromptLint.Core.Tests.Ladder;

/// <summary>promptlint.yaml's usage: block: every key read exactly, mistakes located, entries layered.</summary>
public sealed class UsageConfigTests
{
    private const string Yaml = """
        usage:
          models:
            "gpt-4o-mini*":
              inputPricePerMillion: 0.20
              callsPerDay: 5
          prompts:
            "prompts/**":
              model: gpt-4o-mini
              callsPerDay: 50000
              outputPricePerMillion: 0.60
              fineTunedInputPricePerMillion: 0.30
              fineTunedOutputPricePerMillion: 1.20
              trainingPricePerMillion: 3
              trainingTokens: 2500000
              tokensRemovedByFineTune: 700
              userTokensPerCall: 50
              outputTokensPerCall: 5
        """;

    [Fact]
    public void Every_key_is_read_as_an_exact_decimal()
    {
        ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", Yaml);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Config!.Usage.Count);
        UsageEntry prompts = result.Config.Usage.Single(u => u.Scope == UsageScope.Prompts);
        Assert.Equal("gpt-4o-mini", prompts.Model);
        Assert.Equal(50_000m, prompts.CallsPerDay);
        Assert.Equal(2_500_000m, prompts.TrainingTokens);
        Assert.Equal(700m, prompts.TokensRemovedByFineTune);
        Assert.True(prompts.MatchesPrompt("/repo/prompts/a/b.prompty"));
        Assert.False(prompts.MatchesPrompt("/repo/other/b.prompty"));
        UsageEntry models = result.Config.Usage.Single(u => u.Scope == UsageScope.Models);
        Assert.True(models.MatchesModel("gpt-4o-mini-2024-07-18"));
        Assert.False(models.MatchesModel("gpt-4o"));
    }

    [Fact]
    public void Layers_apply_table_then_models_then_prompts()
    {
        ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", Yaml);
        var chain = new ConfigChain(new[] { result.Config! });
        Assert.Equal("gpt-4o-mini", UsageResolver.ModelFor(chain, "/repo/prompts/x.md"));
        ResolvedUsage usage = UsageResolver.Resolve(chain, "/repo/prompts/x.md", "gpt-4o-mini", null, PriceTable.Default);
        Assert.Equal(0.20m, usage.InputPricePerMillion); // usage.models over the table's 0.15
        Assert.Equal(50_000m, usage.CallsPerDay);          // usage.prompts over usage.models
        Assert.Equal(3m, usage.TrainingPricePerMillion);
        Assert.Equal(new[] { $"price table {PriceTable.Default.AsOf} (gpt-4o-mini)", "usage.models \"gpt-4o-mini*\"", "usage.prompts \"prompts/**\"" }, usage.Sources);
    }

    [Theory]
    [InlineData("usage:\n  prompts:\n    \"a/**\":\n      callsPerDay: lots\n", "PL0001", 4, 20, "'usage.prompts.\"a/**\".callsPerDay' must be a number ≥ 0 such as 2.5 or 10000, not 'lots'")]
    [InlineData("usage:\n  prompts:\n    \"a/**\":\n      callsPerDay: -3\n", "PL0001", 4, 20, "'usage.prompts.\"a/**\".callsPerDay' must be a number ≥ 0 such as 2.5 or 10000, not '-3'")]
    [InlineData("usage:\n  prompts:\n    \"a/**\":\n      callsPerDay: 1e5\n", "PL0001", 4, 20, "'usage.prompts.\"a/**\".callsPerDay' must be a number ≥ 0 such as 2.5 or 10000, not '1e5'")]
    [InlineData("usage:\n  models:\n    gpt-4o:\n      model: gpt-4o\n", "PL0002", 4, 7, "unknown key 'model' in usage.models; use callsPerDay, inputPricePerMillion, outputPricePerMillion, fineTunedInputPricePerMillion, fineTunedOutputPricePerMillion, trainingPricePerMillion, trainingTokens, tokensRemovedByFineTune, userTokensPerCall, outputTokensPerCall")]
    [InlineData("usage:\n  daily: 3\n", "PL0002", 2, 3, "unknown key 'daily' in usage; use prompts (globs) and models (model IDs)")]
    [InlineData("usage:\n  prompts: [a]\n", "PL0001", 2, 12, "'usage.prompts' must be a mapping of keys to values")]
    [InlineData("usage:\n  prompts:\n    \"a/{b\":\n      callsPerDay: 3\n", "PL0001", 3, 5, null)]
    public void Mistakes_are_located(string yaml, string rule, int line, int column, string? message)
    {
        ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", yaml);
        var finding = Assert.Single(result.Problems);
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal((line, column), (finding.Position.Start.Line, finding.Position.Start.Column));
        if (message is not null)
        {
            Assert.Equal(message, finding.Message);
        }
    }
}
