using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Linting;
using PromptLint.Text;

namespace PromptLint.Core.Tests.FineTuning;

/// <summary>
/// PL4013/PL4014 on a <c>models:</c> entry: the base its pattern names is judged at the entry's key in promptlint.yaml,
/// and a use site that entry matches with the same base leaves the finding to the entry (one finding per fine-tune).
/// </summary>
public sealed class EntryBaseRetirementTests
{
    private const string UseSite = "ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6";

    private static PromptLintConfig Config(string pattern, string extra = "")
    {
        string yaml = $"# fine-tunes\nmodels:\n  \"{pattern}\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n{extra}";
        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml", yaml);
        Assert.Empty(parsed.Problems);
        return parsed.Config!;
    }

    private static FineTuneEvidence Check(PromptLintConfig config) =>
        EvidenceChecker.Check(Assert.Single(config.Models), _ => null, config.SettingsFor("promptlint.yaml"));

    private static IReadOnlyList<Finding> Retirements(FineTuneEvidence evidence) =>
        evidence.Findings.Where(f => f.RuleId is "PL4013" or "PL4014").ToList();

    private static string Prompty(string modelId) => $"""
        ---
        name: triage
        model:
          id: {modelId}
        ---
        system:
        You are the support-desk router for Northwind Outdoor. Name the one team that should handle the ticket.
        Respond with JSON only: {"{"}"team": "orders|returns|product"{"}"}
        """;

    private static IReadOnlyList<Finding> UseSiteRetirements(PromptLintConfig config) =>
        Lint.Text("triage.prompty", Prompty(UseSite), config.SettingsFor("triage.prompty")).Where(f => f.RuleId is "PL4013" or "PL4014").ToList();

    [Fact]
    public void A_declared_fine_tune_on_a_retiring_base_is_PL4014_at_the_entry_key_and_the_evidence_keeps_the_row()
    {
        FineTuneEvidence evidence = Check(Config("ft:gpt-4o-mini-2024-07-18:northwind:triage:*"));

        Finding finding = Assert.Single(Retirements(evidence));
        Assert.Equal("PL4014", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("/repo/promptlint.yaml", finding.Path);
        Assert.Equal(new LinePosition(3, 3), finding.Start());
        Assert.Contains("'ft:gpt-4o-mini-2024-07-18:northwind:triage:*' was trained from 'gpt-4o-mini-2024-07-18', which OpenAI retires on 2027-01-14", finding.Message);
        Assert.Equal("2027-01-14", evidence.BaseRetirement?.Retires);
        Assert.False(evidence.BaseRetired);
    }

    [Fact]
    public void A_later_asOf_makes_it_PL4013_a_warning_and_the_evidence_says_retired()
    {
        FineTuneEvidence evidence = Check(Config("ft:gpt-4o-mini-2024-07-18:northwind:triage:*", "retirements:\n  asOf: 2027-02-01\n"));

        Finding finding = Assert.Single(Retirements(evidence));
        Assert.Equal("PL4013", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new LinePosition(3, 3), finding.Start());
        Assert.True(evidence.BaseRetired);
        Assert.Equal("2027-02-01", evidence.RetirementsJudgedOn);
    }

    [Theory]
    [InlineData("ft:gpt-4.1-nano-2025-04-14:northwind:triage:*")] // a base the table has no row for
    [InlineData("ft:gpt-4o-mini-*:northwind:triage:*")]           // the pattern names no one base
    public void A_pattern_without_a_retiring_base_is_clean_at_the_entry(string pattern)
    {
        FineTuneEvidence evidence = Check(Config(pattern));

        Assert.Empty(Retirements(evidence));
        Assert.Null(evidence.BaseRetirement);
    }

    [Fact]
    public void Turned_off_in_promptlint_yaml_the_entry_reports_nothing() =>
        Assert.Empty(Retirements(Check(Config("ft:gpt-4o-mini-2024-07-18:northwind:triage:*", "rules:\n  PL4014: none\n"))));

    [Fact]
    public void A_use_site_the_entry_matches_with_the_same_base_leaves_the_finding_to_the_entry() =>
        Assert.Empty(UseSiteRetirements(Config("ft:gpt-4o-mini-2024-07-18:northwind:triage:*")));

    [Fact]
    public void A_use_site_whose_entry_names_no_base_still_reports_its_base()
    {
        Finding finding = Assert.Single(UseSiteRetirements(Config("ft:*:northwind:triage:*")));
        Assert.Equal("PL4014", finding.RuleId);
        Assert.Equal("triage.prompty", finding.Path);
    }
}
