using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL4013/PL4014: a fine-tune's base model retired or scheduled for retirement, from the dated table and promptlint.yaml's retirements:.</summary>
public sealed class BaseRetirementRuleTests
{
    private const string AzureOnRetiredBase = "gpt-35-turbo-0613.ft-5c1d9e0a7b3f4e28a6d2c0b9e8f71a34-team-router";
    private const string OpenAIOnRetiringBase = "ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6";
    private const string OpenAIOnCurrentBase = "ft:gpt-4.1-nano-2025-04-14:northwind:triage:7p4lURel";

    private static string Prompty(string modelId) => $"""
        ---
        name: ticket-team
        description: Routes a support ticket to a team.
        model:
          id: {modelId}
          provider: azure
        inputs:
          - name: body
            kind: string
        ---
        system:
        You are the support-desk router for Northwind Outdoor. Name the one team that should handle the ticket.
        Respond with JSON only: {"{"}"team": "orders|returns|product"{"}"}

        user:
        <body>{"{{body}}"}</body>
        """;

    private static IReadOnlyList<Finding> Retirements(string modelId, LintSettings? settings = null) =>
        Lint.Text("team.prompty", Prompty(modelId), settings).Where(f => f.RuleId is "PL4013" or "PL4014").ToList();

    private static LintSettings Configured(string yaml)
    {
        ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", yaml);
        Assert.Empty(result.Problems);
        return result.Config!.SettingsFor("team.prompty");
    }

    [Fact]
    public void A_fine_tune_on_a_retired_base_is_a_warning_at_the_model_id_with_date_table_date_and_source()
    {
        Finding finding = Assert.Single(Retirements(AzureOnRetiredBase));
        Assert.Equal("PL4013", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new LinePosition(5, 7), finding.Start());
        Assert.Contains("trained from 'gpt-35-turbo-0613', which Azure OpenAI retired on 2025-02-13", finding.Message);
        Assert.Contains($"retirement table as of {RetirementTable.Default.AsOf}", finding.Message);
        Assert.Contains("source: https://learn.microsoft.com/", finding.Message);
    }

    [Fact]
    public void A_fine_tune_on_a_base_scheduled_after_the_table_date_is_info()
    {
        Finding finding = Assert.Single(Retirements(OpenAIOnRetiringBase));
        Assert.Equal("PL4014", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("which OpenAI retires on 2027-01-14", finding.Message);
    }

    [Theory]
    [InlineData(OpenAIOnCurrentBase)]
    [InlineData("ft:gpt-4o-mini:northwind:triage:9NG2I8g6")] // undated base: no snapshot to look up
    [InlineData("gpt-4o-mini-2024-07-18")] // the base itself is not a fine-tune
    [InlineData("ft:babbage-002:northwind:triage:abc123")] // babbage-002 is an Azure row, not an OpenAI one
    public void Current_undated_base_and_other_providers_bases_are_clean(string modelId) => Assert.Empty(Retirements(modelId));

    [Fact]
    public void A_later_asOf_in_promptlint_yaml_turns_a_scheduled_retirement_into_a_retired_base()
    {
        Finding finding = Assert.Single(Retirements(OpenAIOnRetiringBase, Configured("retirements:\n  asOf: 2027-02-01\n")));
        Assert.Equal("PL4013", finding.RuleId);
        Assert.Contains("retirement table as of 2027-02-01", finding.Message);
    }

    [Fact]
    public void A_row_added_in_promptlint_yaml_flags_its_base_with_the_configured_source()
    {
        LintSettings settings = Configured("""
            retirements:
              models:
                "gpt-4.1-nano-2025-04-14": { retires: 2027-06-30, provider: OpenAI, source: "vendor notice 2026-11" }
            """);
        Finding finding = Assert.Single(Retirements(OpenAIOnCurrentBase, settings));
        Assert.Equal("PL4014", finding.RuleId);
        Assert.Contains("retires on 2027-06-30", finding.Message);
        Assert.Contains("source: vendor notice 2026-11", finding.Message);
    }

    [Fact]
    public void Never_removes_a_row_and_a_date_replaces_it()
    {
        Assert.Empty(Retirements(AzureOnRetiredBase, Configured("retirements:\n  models:\n    gpt-35-turbo-0613: never\n")));
        Finding moved = Assert.Single(Retirements(AzureOnRetiredBase, Configured("retirements:\n  models:\n    gpt-35-turbo-0613: 2030-01-01\n")));
        Assert.Equal("PL4014", moved.RuleId);
        Assert.Contains("source: /repo/promptlint.yaml", moved.Message);
    }

    [Fact]
    public void A_nearer_configuration_wins_over_a_farther_one()
    {
        PromptLintConfig far = ConfigParser.Parse("/repo/promptlint.yaml", "retirements:\n  models:\n    gpt-35-turbo-0613: never\n").Config!;
        PromptLintConfig near = ConfigParser.Parse("/repo/app/promptlint.yaml", "retirements:\n  models:\n    gpt-35-turbo-0613: 2025-02-13\n").Config!;
        LintSettings settings = new ConfigChain(new[] { near, far }).SettingsFor("/repo/app/team.prompty");
        Assert.Equal("PL4013", Assert.Single(Retirements(AzureOnRetiredBase, settings)).RuleId);
    }

    [Fact]
    public void The_rule_can_be_turned_off() =>
        Assert.Empty(Retirements(AzureOnRetiredBase, LintSettings.Default.WithSeverity("PL4013", Severity.None)));

    [Theory]
    [InlineData("retirements:\n  asOf: tomorrow\n", "PL0001", 2, 9, "'retirements.asOf' must be a date written YYYY-MM-DD, not 'tomorrow'")]
    [InlineData("retirements:\n  asOf: 2027-13-01\n", "PL0001", 2, 9, "must be a date written YYYY-MM-DD")]
    [InlineData("retirements:\n  models:\n    gpt-4: { retires: soon }\n", "PL0001", 3, 23, "must be a date written YYYY-MM-DD, or never, not 'soon'")]
    [InlineData("retirements:\n  models:\n    gpt-4: { provider: OpenAI }\n", "PL0001", 3, 12, "needs 'retires: YYYY-MM-DD'")]
    [InlineData("retirements:\n  models:\n    gpt-4: [2027-01-01]\n", "PL0001", 3, 12, "must be a mapping")]
    [InlineData("retirements: [gpt-4]\n", "PL0001", 1, 14, "'retirements' must be a mapping")]
    [InlineData("retirements:\n  models:\n    gpt-4: { retires: 2027-01-01, replacement: gpt-5 }\n", "PL0002", 3, 35, "unknown key 'replacement'")]
    [InlineData("retirements:\n  date: 2027-01-01\n", "PL0002", 2, 3, "unknown key 'date' in retirements")]
    public void Bad_override_data_is_a_located_finding(string yaml, string ruleId, int line, int column, string message)
    {
        Finding problem = Assert.Single(ConfigParser.Parse("promptlint.yaml", yaml).Problems);
        Assert.Equal(ruleId, problem.RuleId);
        Assert.Equal(new LinePosition(line, column), problem.Start());
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void The_embedded_table_is_dated_and_every_row_names_its_provider_date_and_page()
    {
        RetirementTable table = RetirementTable.Default;
        Assert.True(RetirementTable.IsDate(table.AsOf), table.AsOf);
        Assert.True(table.Rows.Count >= 10);
        Assert.All(table.Rows, row =>
        {
            Assert.True(RetirementTable.IsDate(row.Retires), row.Model);
            Assert.Contains(row.Provider, new[] { "OpenAI", "Azure OpenAI" });
            Assert.StartsWith("https://", row.Source);
        });
    }

    [Fact]
    public void The_check_reports_the_new_rules_beside_PL4001_for_every_host()
    {
        IReadOnlyList<FineTuningCheck.Issue> issues = FineTuningCheck.Check(AzureOnRetiredBase, LintSettings.Default);
        Assert.Equal(new[] { "PL4013", "PL4001" }, issues.Select(i => i.Rule.Id));
        Assert.All(issues, issue => Assert.True(FineTuningCheck.Reports(issue.Rule.Id)));
    }
}
