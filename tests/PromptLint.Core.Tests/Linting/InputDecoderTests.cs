using System.Text;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Linting;

public sealed class InputDecoderTests
{
    [Fact]
    public void Binary_files_are_PL0011_not_an_exception()
    {
        var finding = Assert.Single(Linter.Lint("img.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).Findings);
        Assert.Equal("PL0011", finding.RuleId);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("line one\nab"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\n")];
        var finding = Assert.Single(Linter.Lint("bad.txt", bytes).Findings);
        Assert.Equal("PL0012", finding.RuleId);
        Assert.Equal((2, 3), (finding.Position.Start.Line, finding.Position.Start.Column));
        Assert.Contains("the byte at offset 11 is not valid UTF-8", finding.Message);
    }

    [Fact]
    public void Oversized_files_are_PL0013_with_the_limit()
    {
        var settings = LintSettings.Default.WithOption("PL0013", "maxFileBytes", 10);
        var finding = Assert.Single(Linter.Lint("big.md", Encoding.UTF8.GetBytes("You are a very long prompt."), settings).Findings);
        Assert.Equal("PL0013", finding.RuleId);
        Assert.Contains("10-byte limit", finding.Message);
    }

    [Fact]
    public void Byte_order_marks_are_honoured()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("system:\nHi\n")];
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("system:\nHi\n")];
        Assert.All(new[] { utf8, utf16 }, bytes =>
            Assert.Equal("Hi", Linter.Lint("a.prompty", bytes).Document!.Messages.Single().Text));
    }

    [Theory]
    [InlineData("a.prompty", "---\nname: [unclosed\n---\nsystem:\nhi\n", 3, 1)]
    [InlineData("a.prompt", "---\nmodel: a\n  bad: indent\n---\nhi\n", 3, 6)]
    [InlineData("a.prompty", "---\nname: x\nsystem:\nhi\n", 1, 1)]
    [InlineData("a.yaml", "template: |\n  hi\ntemplate: again\n", 3, 1)]
    [InlineData("a.yaml", "name: only-a-name\n", 1, 1)]
    [InlineData("a.json", "[{\"role\": \"system\", \"content\": \"hi\"},]", 1, 38)]
    [InlineData("a.json", "{\"model\": \"gpt-4o\"}", 1, 1)]
    [InlineData("a.json", "[{\"role\": \"narrator\", \"content\": \"hi\"}]", 1, 11)]
    public void Malformed_structure_is_PL0014_with_its_position(string file, string text, int line, int column)
    {
        var finding = Assert.Single(Linter.Lint(new PromptInput(file, text)).Findings, f => f.RuleId == "PL0014");
        Assert.Equal((line, column), (finding.Position.Start.Line, finding.Position.Start.Column));
    }

    [Fact]
    public void Unknown_file_types_are_PL0015()
    {
        Assert.Equal("PL0015", Assert.Single(Linter.Lint(new PromptInput("a.docx", "x")).Findings).RuleId);
    }
}
