using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>CR, LF and CRLF line endings read alike, with positions in the original file.</summary>
public sealed class LineEndingTests
{
    private const string Prompty = "---\nname: support\nmodel:\n  api: chat\n---\nsystem:\nYou are a support bot.\nuser:\n{{question}}\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Front_matter_and_role_markers_work_with_every_line_ending(string newline)
    {
        string text = Prompty.Replace("\n", newline);
        PromptDocument document = Linter.Read(new PromptInput("a.prompty", text))!;
        Assert.Empty(document.Problems);
        Assert.Equal(new[] { MessageRole.System, MessageRole.User }, document.Messages.Select(m => m.Role));
        Assert.Equal("You are a support bot.", document.Messages[0].Text);
        // The system text starts on line 7, column 1 of the original file whatever the line ending.
        var start = document.Source.GetLinePosition(document.Messages[0].SourceSpan.Start);
        Assert.Equal((7, 1), (start.Line, start.Column));
        Assert.Equal(text.IndexOf("You are", StringComparison.Ordinal), document.Messages[0].SourceSpan.Start);
    }

    [Fact]
    public void Findings_in_a_cr_only_file_are_at_the_same_lines_as_in_the_lf_file()
    {
        string lf = "---\nname: x\n---\nsystem:\nHelp.\nThe customer wrote: {{message}}\nuser:\nhi\n";
        var expected = Lint.Text("a.prompty", lf).Select(f => (f.RuleId, f.Start().Line, f.Start().Column)).ToList();
        var actual = Lint.Text("a.prompty", lf.Replace("\n", "\r")).Select(f => (f.RuleId, f.Start().Line, f.Start().Column)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
