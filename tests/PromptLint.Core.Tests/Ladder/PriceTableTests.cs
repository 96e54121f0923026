using PromptLint.Ladder;

namespace PromptLint.Core.Tests.Ladder;

public sealed class PriceTableTests
{
    [Fact]
    public void The_embedded_table_is_dated_and_names_its_source()
    {
        PriceTable table = PriceTable.Default;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", table.AsOf);
        Assert.Contains("pricing page", table.Source);
        Assert.True(table.Models.Count >= 10);
        Assert.All(table.Models, m => Assert.True(m.Input > 0 && m.Output >= m.Input, m.Model));
    }

    [Theory]
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini")]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("openai/gpt-4.1-mini", "gpt-4.1-mini")]
    [InlineData("GPT-4", "gpt-4")]
    [InlineData("gpt-4-0613", "gpt-4")]
    [InlineData("claude-3-5-haiku-20241022", "claude-3-5-haiku")]
    public void A_model_finds_its_longest_family_row(string id, string expected)
    {
        Assert.Equal(expected, PriceTable.Default.Find(id)?.Model);
    }

    [Theory]
    [InlineData("llama3.1:8b")]
    [InlineData("gpt-4omg")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_models_have_no_row(string? id) => Assert.Null(PriceTable.Default.Find(id));

    [Theory]
    [InlineData("gpt-4o", "o200k_base", false)]
    [InlineData("gpt-4.1-nano", "o200k_base", false)]
    [InlineData("o3-mini", "o200k_base", false)]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme:triage:abc123", "o200k_base", false)]
    [InlineData("gpt-4", "cl100k_base", false)]
    [InlineData("gpt-4-turbo", "cl100k_base", false)]
    [InlineData("gpt-3.5-turbo-0125", "cl100k_base", false)]
    [InlineData("ft:gpt-3.5-turbo-0125:acme::abc123", "cl100k_base", false)]
    [InlineData("claude-sonnet-4", "o200k_base", true)]
    [InlineData(null, "o200k_base", true)]
    public void The_encoding_follows_the_model_family(string? id, string encoding, bool noted)
    {
        var (chosen, note) = TokenizerChoice.For(id);
        Assert.Equal(encoding, chosen);
        Assert.Equal(noted, note is not null);
    }
}
