using PromptLint.Rules;

namespace PromptLint.Cli.Tests;

public sealed class InfoCommandTests
{
    [Fact]
    public void Rules_lists_every_catalog_rule_with_its_default_severity()
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.RepoRoot, "rules");

        Assert.Equal(0, exit);
        string[] lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        Assert.Contains("PL1001  warning  System prompt has no output-format spec", lines);
        Assert.Contains("PL5001  error    Template syntax error", lines);
    }

    [Fact]
    public void Explain_prints_the_embedded_rule_page_and_no_link_while_the_build_names_no_home()
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.RepoRoot, "explain", "pl2001");

        Assert.Equal(0, exit);
        Assert.StartsWith(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "rules", "PL2001.md")).Replace("\r\n", "\n"), stdout.Replace("\r\n", "\n"));
        Assert.Null(RuleCatalog.NoFewShotExamples.HelpLink);
        Assert.Equal(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "rules", "PL2001.md")).Replace("\r\n", "\n"), stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Inspect_prints_the_prompt_model()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", "system:\nYou are a bot. Reply in JSON.\nuser:\n{{q}}\n");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "inspect", "a.prompty");

        Assert.Equal(0, exit);
        Assert.Contains("message system (2,1)-(2,30): You are a bot. Reply in JSON.", stdout);
        Assert.Contains("tag Variable (4,1)-(4,6) {{q}} reads q(4,3)-(4,4)", stdout);
    }

    [Fact]
    public void No_arguments_prints_usage_and_exits_2()
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.RepoRoot);
        Assert.Equal(2, exit);
        Assert.Contains(" [command] [options]", stdout); // the root takes the running executable's name (the test host here)
        Assert.Contains("  lint <paths>", stdout);
    }
}
