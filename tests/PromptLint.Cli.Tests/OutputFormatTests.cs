using System.Text.Json;
using PromptLint.Cli.Reporting;
using PromptLint.Diagnostics;
using PromptLint.Tests.Shared;

namespace PromptLint.Cli.Tests;

/// <summary>Each --format on a fixed project: golden files, SARIF schema validity, GitHub escaping, --redact, --fail-on.</summary>
public sealed class OutputFormatTests
{
    private static TempFolder Project()
    {
        var temp = new TempFolder();
        temp.Write("prompts/summarize.prompty", "system:\nYou summarize meeting notes for the team: {{notes}}\nuser:\nGo.\n");
        temp.Write("prompts/leak.md", "You are a reporting assistant. Reply in JSON.\nServer=db;Password=Tr0ub4dor&3x;\n");
        return temp;
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Format_output_matches_golden(string format)
    {
        using TempFolder temp = Project();
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", "prompts", "--format", format);

        Assert.Equal(1, exit);
        GoldenFile.Verify("format-" + format, stdout.Replace(new Uri(temp.Path + "/").AbsoluteUri, "file:///TEMP/"));
    }

    [Fact]
    public void Sarif_output_is_valid_for_the_sarif_multitool_and_github_rules()
    {
        using TempFolder temp = Project();
        string sarif = Path.Combine(temp.Path, "out.sarif");
        CliRunner.Run(temp.Path, "lint", "prompts", "--format", "sarif", "--output", sarif);

        List<string> problems = SarifMultitool.Validate(sarif);
        if (RepositoryLinks.Current.RepositoryUrl is null)
        {
            // The tool has no informationUri while the build names no home for the project: no link rather than a stranger's.
            Assert.Single(problems, p => p.StartsWith("SARIF2005 ", StringComparison.Ordinal) && p.Contains("PromptLint", StringComparison.Ordinal));
            problems.RemoveAll(p => p.StartsWith("SARIF2005 ", StringComparison.Ordinal));
        }

        Assert.Empty(problems);
        using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
        JsonElement result = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("%SRCROOT%", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.StartsWith("prompts/", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("line one\r\nline two", "line one%0D%0Aline two")]
    [InlineData("a: b, c", "a: b, c")]
    public void GitHub_message_escaping_follows_the_workflow_command_rules(string message, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.Data(message));

    [Theory]
    [InlineData("dir/a:b,c.md", "dir/a%3Ab%2Cc.md")]
    [InlineData("100%.md", "100%25.md")]
    [InlineData("x\ny", "x%0Ay")]
    public void GitHub_property_escaping_adds_colon_and_comma(string value, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.Property(value));

    [Fact]
    public void GitHub_format_writes_a_step_summary_when_asked()
    {
        using TempFolder temp = Project();
        string summary = Path.Combine(temp.Path, "summary.md");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            CliRunner.Run(temp.Path, "lint", "prompts", "--format", "github");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }

        string markdown = File.ReadAllText(summary);
        Assert.Contains("| Severity | Rule | Location | Message |", markdown);
        Assert.Contains(PromptLint.Rules.RuleCatalog.SecretInPrompt.HelpLink is { } link ? $"| error | [PL7001]({link}) |" : "| error | PL7001 |", markdown);
        Assert.Contains("`prompts/leak.md:2:11`", markdown);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Redact_leaves_prompt_text_out_of_every_format(string format)
    {
        using TempFolder temp = Project();
        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", "prompts", "--format", format, "--redact");

        Assert.DoesNotContain("{{notes}}", stdout);
        Assert.Contains("(message redacted)", stdout);
        Assert.Contains("PL5004", stdout);
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("never", 0)]
    public void Fail_on_sets_the_exit_code_threshold(string level, int exit)
    {
        using TempFolder temp = Project();
        Assert.Equal(exit, CliRunner.Run(temp.Path, "lint", "prompts", "--fail-on", level).ExitCode);
    }

    [Fact]
    public void Fail_on_warning_fails_on_warnings_alone()
    {
        using var temp = new TempFolder();
        temp.Write("a.md", "You are a support agent for Contoso. Help with invoices. Be friendly.\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "lint", ".").ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, "lint", ".", "--fail-on", "warning").ExitCode);
    }
}
