using PromptLint.Core.Tests.Infrastructure;

namespace PromptLint.Core.Tests.Suppressions;

/// <summary>
/// A disable comment written inside the message it should silence (right after <c>system:</c>) covers the findings
/// about that message, which sit on its role line; a misplaced one is PL0003 with where it would work.
/// </summary>
public sealed class SuppressionInMessageTests
{
    private const string Instructions = "You are a billing assistant for Contoso. Help customers with invoices. Respond in JSON with keys answer and confidence.";

    [Theory]
    [InlineData("a.prompty", "system:\n<!-- promptlint-disable PL2001 -->\n" + Instructions + "\n\nuser:\n{{q}}\n")]
    [InlineData("a.prompty", "---\nname: x\n---\nsystem:\n<!-- promptlint-disable PL2001 -->\n" + Instructions + "\n\nuser:\n{{q}}\n")]
    [InlineData("a.prompty", "system:\n{# promptlint-disable PL2001 #}\n" + Instructions + "\n\nuser:\n{{q}}\n")]
    [InlineData("a.prompty", "system:\n" + Instructions + "\n<!-- promptlint-disable PL2001 -->\n\nuser:\n{{q}}\n")]
    public void A_disable_inside_a_message_covers_the_findings_on_its_role_line(string file, string text)
    {
        var findings = Lint.Text(file, text);

        Assert.Empty(findings.Of("PL2001"));
        Assert.Empty(findings.Of("PL0003"));
    }

    [Fact]
    public void Without_the_comment_the_finding_is_on_the_role_line()
    {
        string text = "---\nname: x\n---\nsystem:\n" + Instructions + "\n\nuser:\n{{q}}\n";

        Assert.Equal(4, Assert.Single(Lint.Text("a.prompty", text).Of("PL2001")).Start().Line);
    }

    [Fact]
    public void A_disable_inside_a_later_message_does_not_reach_back_to_an_earlier_one()
    {
        string text = "system:\n" + Instructions + "\n\nuser:\n<!-- promptlint-disable PL2001 -->\n{{q}}\n";
        var findings = Lint.Text("a.prompty", text);

        Assert.Equal(1, Assert.Single(findings.Of("PL2001")).Start().Line);
        string message = Assert.Single(findings.Of("PL0003")).Message;
        Assert.Equal("'promptlint-disable PL2001' suppresses nothing where it is: PL2001 is reported on line 1; move it inside the system message that starts on line 1, as promptlint-disable PL2001: there it covers the message's findings", message);
    }

    [Fact]
    public void A_next_line_comment_inside_the_message_is_told_to_be_a_disable()
    {
        string text = "system:\n<!-- promptlint-disable-next-line PL2001 -->\n" + Instructions + "\nuser:\n{{q}}\n";
        var findings = Lint.Text("a.prompty", text);

        Assert.Single(findings.Of("PL2001"));
        string message = Assert.Single(findings.Of("PL0003")).Message;
        Assert.Contains("PL2001 is reported on line 1; write promptlint-disable PL2001 here instead", message);
        Assert.DoesNotContain("remove it", message);
    }

    [Fact]
    public void A_comment_in_the_metadata_points_into_the_message()
    {
        string text = "---\nname: x\n# promptlint-disable-next-line PL2001\n---\nsystem:\n" + Instructions + "\n\nuser:\n{{q}}\n";
        var findings = Lint.Text("a.prompty", text);

        Assert.Contains("move it inside the system message that starts on line 5", Assert.Single(findings.Of("PL0003")).Message);
    }

    [Fact]
    public void A_file_without_roles_is_told_the_line_to_put_it_on()
    {
        string text = "Context for the reader.\n\n" + Instructions + "\n<!-- promptlint-disable-next-line PL2001 -->\n";
        var findings = Lint.Text("a.md", text);

        int line = Assert.Single(findings.Of("PL2001")).Start().Line;
        string message = Assert.Single(findings.Of("PL0003")).Message;
        Assert.Contains($"PL2001 is reported on line {line}; move it to line", message);
        Assert.DoesNotContain("remove it", message);
    }

    [Fact]
    public void A_disable_for_a_rule_reported_nowhere_is_still_stale()
    {
        string text = "system:\n<!-- promptlint-disable PL7001 -->\n" + Instructions + "\n\nuser:\n{{q}}\n";

        Assert.Equal("'promptlint-disable PL7001' suppresses nothing; remove it", Assert.Single(Lint.Text("a.prompty", text).Of("PL0003")).Message);
    }
}
