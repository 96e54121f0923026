using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;

namespace PromptLint.Core.Tests.Suppressions;

/// <summary>In-file suppressions in each comment syntax, stale-suppression reports and unknown IDs.</summary>
public sealed class SuppressionTests
{
    private const string NoExamples = "You are a billing assistant for Contoso. Help customers with invoices. Respond in JSON with keys answer and confidence.";

    [Theory]
    [InlineData("a.md", "<!-- promptlint-disable PL2001 -->\n" + NoExamples + "\n")]
    [InlineData("a.prompt", "{{! promptlint-disable PL2001 }}\n" + NoExamples + "\n")]
    [InlineData("a.prompt", "{{!-- promptlint-disable PL2001 --}}\n" + NoExamples + "\n")]
    [InlineData("a.prompty", "{# promptlint-disable PL2001 #}\n" + NoExamples + "\n")]
    [InlineData("a.sbn", "{{# promptlint-disable PL2001 }}\n" + NoExamples + "\n")]
    [InlineData("a.prompty", "---\n# promptlint-disable PL2001\nname: x\n---\n" + NoExamples + "\n")]
    [InlineData("a.yaml", "# promptlint-disable PL2001\ntemplate: |\n  " + NoExamples + "\n")]
    [InlineData("a.prompty", "---\nname: x\npromptlint:\n  disable: [PL2001]\n---\n" + NoExamples + "\n")]
    [InlineData("a.md", "<!-- promptlint-disable -->\n" + NoExamples + "\n")]
    public void Disable_comments_in_the_files_own_syntax_suppress_the_rest_of_the_file(string file, string text)
    {
        var findings = Lint.Text(file, text);
        Assert.Empty(findings.Of("PL2001"));
        Assert.Empty(findings.Of("PL0003"));
    }

    [Fact]
    public void Directive_words_outside_comments_are_prompt_text_not_suppressions() =>
        Assert.Single(Lint.Text("a.md", "promptlint-disable PL2001\n" + NoExamples + "\n").Of("PL2001"));

    [Fact]
    public void Disable_next_line_covers_only_the_next_line()
    {
        string text = "system:\nYou help. Reply in JSON.\n<!-- promptlint-disable-next-line PL5004 -->\nQuestion: {{q}}\nContext: {{ctx}}\nuser:\nhi\n";
        var findings = Lint.Text("a.prompty", text).Of("PL5004");
        Assert.Equal(5, Assert.Single(findings).Start().Line);
    }

    [Fact]
    public void Enable_ends_a_disable()
    {
        string text = "system:\nYou help. Reply in JSON.\n<!-- promptlint-disable PL5004 -->\nQuestion: {{q}}\n<!-- promptlint-enable PL5004 -->\nContext: {{ctx}}\nuser:\nhi\n";
        Assert.Equal(6, Assert.Single(Lint.Text("a.prompty", text).Of("PL5004")).Start().Line);
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_PL0003_at_the_directive()
    {
        string text = "system:\nYou are a billing assistant. Reply in JSON.\n<!-- promptlint-disable PL7001 -->\nuser:\nhi\n";
        var stale = Assert.Single(Lint.Text("a.prompty", text).Of("PL0003"));
        Assert.Equal((3, 6), (stale.Start().Line, stale.Start().Column));
        Assert.Equal(Severity.Info, stale.Severity);
        Assert.Contains("'promptlint-disable PL7001' suppresses nothing", stale.Message);
    }

    [Fact]
    public void A_suppression_naming_an_unknown_rule_is_PL0002() =>
        Assert.Contains("unknown rule 'PL9999'", Assert.Single(Lint.Text("a.md", "<!-- promptlint-disable PL9999 -->\n" + NoExamples).Of("PL0002")).Message);
}
