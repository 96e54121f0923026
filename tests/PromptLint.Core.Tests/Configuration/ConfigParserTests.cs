using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Configuration;

public sealed class ConfigParserTests
{
    private static PromptLintConfig Valid(string yaml)
    {
        ConfigParseResult result = ConfigParser.Parse("promptlint.yaml", yaml);
        Assert.Empty(result.Problems);
        return result.Config!;
    }

    [Fact]
    public void Severity_precedence_is_preset_then_rules_then_overrides_with_later_overrides_winning()
    {
        PromptLintConfig config = Valid("""
            extends: strict
            rules:
              PL2001: warning
              PL2002: { severity: info, minExamples: 5 }
            overrides:
              - files: ["legacy/**"]
                rules: { PL2001: none, PL1001: info }
              - files: ["legacy/keep/*.prompty"]
                rules: { PL2001: error }
            """);

        Assert.Equal(Severity.Error, config.SettingsFor("a.prompty").SeverityOf(RuleCatalog.SystemPromptLacksOutputFormat)); // strict
        Assert.Equal(Severity.Warning, config.SettingsFor("a.prompty").SeverityOf(RuleCatalog.NoFewShotExamples));            // file
        Assert.Equal(5, config.SettingsFor("a.prompty").Option(RuleCatalog.TooFewExamples, "minExamples"));
        Assert.Equal(Severity.None, config.SettingsFor("legacy/x.prompty").SeverityOf(RuleCatalog.NoFewShotExamples));        // override
        Assert.Equal(Severity.Info, config.SettingsFor("legacy/x.prompty").SeverityOf(RuleCatalog.SystemPromptLacksOutputFormat));
        Assert.Equal(Severity.Error, config.SettingsFor("legacy/keep/y.prompty").SeverityOf(RuleCatalog.NoFewShotExamples));  // later override
    }

    [Theory]
    [InlineData(Presets.Recommended, "PL2002", Severity.Info)]
    [InlineData(Presets.Strict, "PL2002", Severity.Warning)]
    [InlineData(Presets.Strict, "PL2001", Severity.Error)]
    [InlineData(Presets.Minimal, "PL2001", Severity.None)]
    [InlineData(Presets.Minimal, "PL1001", Severity.Warning)]
    [InlineData(Presets.Minimal, "PL7001", Severity.Error)]
    public void Presets_set_the_starting_severities(string preset, string id, Severity expected) =>
        Assert.Equal(expected, Valid("extends: " + preset).BaseSettings.SeverityOf(RuleCatalog.Find(id)!));

    [Fact]
    public void Include_and_exclude_filter_walked_files()
    {
        PromptLintConfig config = Valid("include: [\"prompts/**\", \"*.prompty\"]\nexclude: [\"**/drafts/**\"]\n");
        Assert.True(config.Includes("prompts/a/b.md"));
        Assert.True(config.Includes("other/x.prompty"));
        Assert.False(config.Includes("other/x.md"));
        Assert.False(config.Includes("prompts/drafts/x.md"));
    }

    [Theory]
    [InlineData("rules:\n  PL1001: loud\n", 2, 11, "'loud' is not a severity for PL1001")]
    [InlineData("rules:\n  PL6001: { maxTokens: lots }\n", 2, 24, "PL6001.maxTokens must be a whole number")]
    [InlineData("rules: [PL1001]\n", 1, 8, "'rules' must be a mapping")]
    [InlineData("extends: pedantic\n", 1, 10, "unknown preset 'pedantic'")]
    [InlineData("root: maybe\n", 1, 7, "'root' must be true or false")]
    [InlineData("include: { a: b }\n", 1, 10, "'include' must be a list of globs")]
    [InlineData("include: [\"src/{a,b\"]\n", 1, 11, "unclosed '{'")]
    [InlineData("overrides:\n  - rules: { PL1001: none }\n", 2, 5, "needs 'files: [globs]'")]
    [InlineData("overrides: { files: x }\n", 1, 12, "'overrides' must be a list")]
    [InlineData("rules:\n  PL1001: warning\n  PL1001: error\n", 3, 3, "Duplicate key PL1001")]
    [InlineData("rules:\n  PL1001: [warning\n", 3, 1, "not valid YAML")]
    [InlineData("models: [a]\n", 1, 9, "'models' must be a mapping")]
    public void Malformed_files_are_PL0001_at_the_exact_position_with_no_config(string yaml, int line, int column, string message)
    {
        ConfigParseResult result = ConfigParser.Parse("promptlint.yaml", yaml);

        Assert.True(result.HasErrors);
        Assert.Null(result.Config);
        Finding error = Assert.Single(result.Problems, p => p.RuleId == "PL0001");
        Assert.Equal((line, column), (error.Position.Start.Line, error.Position.Start.Column));
        Assert.Contains(message, error.Message);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Theory]
    [InlineData("rulez:\n  PL1001: none\n", 1, 1, "unknown top-level key 'rulez'")]
    [InlineData("rules:\n  PL9999: none\n", 2, 3, "unknown rule 'PL9999'")]
    [InlineData("rules:\n  PL2002: { minimum: 2 }\n", 2, 13, "unknown option 'minimum' for PL2002; its options are minExamples")]
    [InlineData("overrides:\n  - files: [a]\n    rule: {}\n", 3, 5, "unknown key 'rule' in an overrides entry")]
    public void Unknown_names_are_PL0002_warnings_and_the_rest_still_applies(string yaml, int line, int column, string message)
    {
        ConfigParseResult result = ConfigParser.Parse("promptlint.yaml", yaml);

        Assert.False(result.HasErrors);
        Assert.NotNull(result.Config);
        Finding warning = Assert.Single(result.Problems);
        Assert.Equal(("PL0002", line, column), (warning.RuleId, warning.Position.Start.Line, warning.Position.Start.Column));
        Assert.Contains(message, warning.Message);
    }

    [Fact]
    public void Empty_file_means_the_recommended_preset()
    {
        PromptLintConfig config = Valid("# nothing yet\n");
        Assert.Equal(Presets.Recommended, config.Extends);
        Assert.Equal(Severity.Warning, config.BaseSettings.SeverityOf(RuleCatalog.NoFewShotExamples));
    }

    [Fact]
    public void The_file_can_silence_its_own_PL0002_warnings() =>
        Assert.Empty(ConfigParser.Parse("promptlint.yaml", "rules:\n  PL0002: none\n  PL9999: none\n").Problems);
}
