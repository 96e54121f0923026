using PromptLint.Text;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>The one escaping of output text (issue #18, point 6): nothing a file holds can steer a terminal, a Markdown renderer or a browser.</summary>
public sealed class SafeTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u001b[31mred", "a\\u001B[31mred")]
    [InlineData("bell\u0007 csi\u009b", "bell\\u0007 csi\\u009B")]
    [InlineData("invoice\u202Egpj.exe", "invoice\\u202Egpj.exe")]
    [InlineData("iso\u2066late\u2069", "iso\\u2066late\\u2069")]
    [InlineData("two\nlines\r", "two\\u000Alines\\u000D")]
    [InlineData("sep\u2028arator", "sep\\u2028arator")]
    public void Controls_and_bidi_characters_become_visible(string text, string expected) =>
        Assert.Equal(expected, SafeText.Visible(text));

    [Fact]
    public void Line_breaks_can_be_kept_where_the_format_escapes_them_itself() =>
        Assert.Equal("a\nb\r\n\\u001B", SafeText.Visible("a\nb\r\n\u001b", keepLineBreaks: true));

    [Theory]
    [InlineData("x", "`x`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("a``b`", "``` a``b` ```")]
    [InlineData("`start", "`` `start ``")]
    [InlineData("line\n## heading", "`line\\u000A## heading`")]
    public void A_code_span_holds_anything_literally_on_one_line(string text, string expected) =>
        Assert.Equal(expected, SafeText.CodeSpan(text));

    [Fact]
    public void Html_escapes_markup_and_makes_controls_visible() =>
        Assert.Equal("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; \\u202E\nok", SafeText.Html("<b> & \"q\" 's' \u202E\nok"));

    [Fact]
    public void A_markdown_cell_escapes_pipes() =>
        Assert.Equal("a \\| b\\u000Ac", SafeText.MarkdownCell("a | b\nc"));
}
