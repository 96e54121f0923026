using PromptLint.Core.Tests.Infrastructure;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL1009: a message with a role and no text.</summary>
public sealed class EmptyMessageRuleTests
{
    private const string System = "You are a support assistant for Contoso. Answer in two sentences.\n";

    [Fact]
    public void Pl1009_flags_an_empty_message_at_its_role_marker()
    {
        var finding = Assert.Single(Lint.Text("a.prompty", "system:\n" + System + "\nassistant:\n\nuser:\n{{question}}\n").Of("PL1009"));
        Assert.Equal(4, finding.Start().Line);
        Assert.StartsWith("the assistant message has no text", finding.Message);
    }

    [Fact]
    public void Pl1009_is_quiet_when_every_message_has_text() =>
        Assert.Empty(Lint.Text("a.prompty", "system:\n" + System + "\nuser:\n{{question}}\n").Of("PL1009"));
}
