using PromptLint.Cli.Commands;
using PromptLint.Cli.Configuration;
using PromptLint.Configuration;

namespace PromptLint.Cli.Tests;

/// <summary>promptlint.yaml discovery, precedence, malformed files, init and the schema.</summary>
public sealed class ConfigurationTests
{
    private const string Thin = "system:\nBe nice.\nuser:\n{{q}}\n";

    /// <summary>Past PL1002's minWords, so PL1001, PL1003 and PL2001 judge it (a thin prompt gets PL1002 alone).</summary>
    private const string Wordy = "system:\nHelp the customer with the billing question they ask, and keep the tone calm and kind.\nuser:\n{{q}}\n";

    [Fact]
    public void The_nearest_file_refines_its_parents_until_root_true()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "rules:\n  PL1001: error\n  PL1002: none\n");   // ignored: below it is a root
        temp.Write("team/promptlint.yaml", "root: true\nrules:\n  PL1001: info\n  PL1003: none\n");
        temp.Write("team/bot/.promptlint.yaml", "rules:\n  PL2001: none\n");
        temp.Write("team/bot/a.prompty", Thin);
        temp.Write("team/bot/b.prompty", Wordy);

        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", "team");

        Assert.Contains("team/bot/b.prompty(1,1): info PL1001", stdout);     // from team/ (root), not the top file
        Assert.Contains("team/bot/a.prompty(1,1): warning PL1002", stdout);  // the top file's 'none' is not reached
        Assert.DoesNotContain("PL1003", stdout);                             // team/
        Assert.DoesNotContain("PL2001", stdout);                             // team/bot/
    }

    [Fact]
    public void Without_root_true_parent_files_apply_first_and_overrides_match_relative_to_their_file()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "rules:\n  PL1002: none\noverrides:\n  - files: [\"sub/legacy/**\"]\n    rules: { PL2001: none }\n");
        temp.Write("sub/promptlint.yaml", "rules:\n  PL1003: none\n");
        temp.Write("sub/legacy/a.prompty", Thin);
        temp.Write("sub/new/b.prompty", Thin);

        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.DoesNotContain("PL1002", stdout);
        Assert.DoesNotContain("PL1003", stdout);
        Assert.DoesNotContain("legacy/a.prompty(1,1): warning PL2001", stdout);
        Assert.Contains("new/b.prompty(1,1): warning PL2001", stdout);
    }

    [Fact]
    public void Command_line_config_replaces_discovery_and_command_line_severity_wins()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "rules:\n  PL1002: none\n");
        temp.Write("ci.yaml", "extends: minimal\n");
        temp.Write("a.prompty", Thin);

        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", "a.prompty", "--config", "ci.yaml", "--severity", "PL1001=error");

        Assert.Equal("a.prompty(1,1): error PL1001: system prompt has no output-format instruction; add one, e.g. 'Respond with JSON: {\"label\": \"…\", \"reason\": \"…\"}' or 'Answer in 3 bullet points'\n1 file linted: 1 error, 0 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void Include_and_exclude_filter_folder_walks()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "include: [\"prompts/**\"]\nexclude: [\"**/drafts/**\"]\n");
        temp.Write("prompts/a.prompty", Thin);
        temp.Write("prompts/drafts/b.prompty", Thin);
        temp.Write("other/c.prompty", Thin);

        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Contains("prompts/a.prompty", stdout);
        Assert.DoesNotContain("b.prompty", stdout);
        Assert.DoesNotContain("c.prompty", stdout);
    }

    [Fact]
    public void A_malformed_config_is_PL0001_with_its_position_exit_2_and_no_lint()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "rules:\n  PL1001: loud\n");
        temp.Write("a.prompty", Thin);

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(2, exit);
        Assert.Equal("promptlint.yaml(2,11): error PL0001: 'loud' is not a severity for PL1001; use error, warning, info or none\n0 files linted: 1 error, 0 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void Unknown_keys_are_PL0002_warnings_and_the_lint_still_runs()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "rules:\n  PL9999: none\n");
        temp.Write("a.prompty", Thin);

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(0, exit);
        Assert.Contains("promptlint.yaml(2,3): warning PL0002: unknown rule 'PL9999' in rules", stdout);
        Assert.Contains("a.prompty(1,1): warning PL1002", stdout);
    }

    [Fact]
    public void Init_writes_a_starter_file_that_parses_cleanly_and_never_overwrites()
    {
        using var temp = new TempFolder();
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "init");
        Assert.Equal((0, "wrote promptlint.yaml\n"), (exit, stdout));
        string written = File.ReadAllText(Path.Combine(temp.Path, "promptlint.yaml"));
        Assert.Empty(ConfigParser.Parse("promptlint.yaml", written).Problems);

        File.WriteAllText(Path.Combine(temp.Path, "promptlint.yaml"), "# mine\n");
        var (again, _, stderr) = CliRunner.Run(temp.Path, "init");
        Assert.Equal(2, again);
        Assert.Contains("already exists", stderr);
        Assert.Equal("# mine\n", File.ReadAllText(Path.Combine(temp.Path, "promptlint.yaml")));
    }

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        string path = Path.Combine(CliRunner.RepoRoot, "schemas", "promptlint.schema.json");
        string committed = File.ReadAllText(path).Replace("\r\n", "\n");
        if (committed != ConfigSchemaWriter.Generate() && Environment.GetEnvironmentVariable("PROMPTLINT_UPDATE_GOLDEN") == "1")
        {
            // A new rule adds itself to the schema: the same switch that rewrites the README rule tables rewrites this.
            File.WriteAllText(path, ConfigSchemaWriter.Generate());
            return;
        }

        Assert.True(committed == ConfigSchemaWriter.Generate(), "schemas/promptlint.schema.json is stale; run the CLI tests with PROMPTLINT_UPDATE_GOLDEN=1, or: dotnet run --project src/PromptLint.Cli -- schema > schemas/promptlint.schema.json");
    }

    [Fact]
    public void The_schema_covers_every_rule_option_and_top_level_key()
    {
        string schema = ConfigSchemaWriter.Generate();
        Assert.All(PromptLint.Rules.RuleCatalog.All, rule =>
        {
            Assert.Contains($"\"{rule.Id}\"", schema);
            Assert.All(rule.Options.Keys, option => Assert.Contains($"\"{option}\"", schema));
        });
        Assert.All(ConfigParser.TopLevelKeys, key => Assert.Contains($"\"{key}\"", schema));
    }

    [Fact]
    public void The_examples_config_and_the_starter_file_are_valid()
    {
        string examples = Path.Combine(CliRunner.RepoRoot, "prompts-examples", "promptlint.yaml");
        Assert.Empty(ConfigParser.Parse(examples, File.ReadAllText(examples)).Problems);
        Assert.Empty(ConfigParser.Parse("x.yaml", InitCommand.StarterFile).Problems);
    }
}
