using System.Text;
using PromptLint.Configuration;
using PromptLint.Core.Tests.FineTuning;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>Invalid UTF-8 in a streamed dataset is PL0012 at the first bad byte, as in a prompt file (issue #18, point 6).</summary>
public sealed class DatasetUtf8Tests
{
    private static DatasetReport Lint(byte[] bytes, DatasetRole role = DatasetRole.Training) =>
        DatasetLinter.Lint("datasets/train.jsonl", new MemoryStream(bytes), LintSettings.Default, role, FineTuneTask.Classification);

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void A_latin1_byte_in_a_training_line_is_PL0012_at_its_line_and_column()
    {
        // Line 3 holds a 4-byte emoji (two UTF-16 units), an é and three ASCII characters before the bad byte: column 1 + 2 + 1 + 3 = 7.
        byte[] bytes = Concat(Utf8(Jsonl.Clean(2)), Utf8("😀é\"ab"), [0xE9], Utf8("\n"), Utf8(Jsonl.Clean(250, from: 2)));
        DatasetReport report = Lint(bytes);
        Finding finding = Assert.Single(report.Findings.Of("PL0012"));
        Assert.Equal(new LinePosition(3, 7), finding.Start());
        int offset = Utf8(Jsonl.Clean(2)).Length + 4 + 2 + 3;
        Assert.Equal($"the byte at offset {offset:N0} is not valid UTF-8; save the file as UTF-8", finding.Message);
        Assert.Equal(252, report.Examples); // the rest was read
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF }, 1)] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1)] // a UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 1)] // above U+10FFFF
    [InlineData(new byte[] { 0x61, 0x80 }, 2)] // a lone continuation byte
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, 2)] // cut short at the end
    public void Every_kind_of_ill_formed_utf8_is_found_at_its_first_byte(byte[] bad, int column)
    {
        DatasetReport report = Lint(Concat(Utf8(Jsonl.Clean(1)), bad));
        Assert.Equal(new LinePosition(2, column), Assert.Single(report.Findings.Of("PL0012")).Start());
    }

    [Fact]
    public void A_byte_order_mark_and_valid_text_are_not_findings()
    {
        DatasetReport report = Lint(Concat([0xEF, 0xBB, 0xBF], Utf8(Jsonl.Clean(250)), Utf8("{\"messages\":[{\"role\":\"user\",\"content\":\"\uFFFD 😀 \uD7FF\"},{\"role\":\"assistant\",\"content\":\"{}\"}]}\n")));
        Assert.Empty(report.Findings.Of("PL0012"));
    }
}
