using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>A per-file cap on findings of one rule, with one PL0016 that counts the rest.</summary>
public sealed class FindingCapTests
{
    [Fact]
    public void A_hundred_thousand_unclosed_openers_give_a_hundred_findings_and_one_count()
    {
        var findings = Lint.Text("a.prompt", string.Concat(Enumerable.Repeat("{{", 100_000)) + "\n");
        Assert.Equal(100, findings.Of("PL5001").Count);
        var summary = Assert.Single(findings.Of("PL0016"));
        Assert.Contains("PL5001 was reported 50,000 times", summary.Message);
        Assert.Contains("49,900 more", summary.Message);
        // The summary sits where the first left-out finding was, after the last kept one.
        Assert.True(summary.Start().Column > findings.Of("PL5001").Max(f => f.Start().Column));
    }

    [Fact]
    public void The_cap_is_an_option_and_the_summary_can_be_turned_off()
    {
        string text = string.Concat(Enumerable.Repeat("{{#if a}}", 30)) + "\n";
        var five = LintSettings.Default.WithOption("PL0016", "maxFindingsPerRule", 5);
        var findings = Lint.Text("a.prompt", text, five);
        Assert.Equal(5, findings.Of("PL5001").Count);
        Assert.Contains("reported 30 times", Assert.Single(findings.Of("PL0016")).Message);

        var silent = five.WithSeverity("PL0016", Severity.None);
        Assert.Empty(Lint.Text("a.prompt", text, silent).Of("PL0016"));
        Assert.Equal(30, Lint.Text("a.prompt", text).Of("PL5001").Count);
    }
}
