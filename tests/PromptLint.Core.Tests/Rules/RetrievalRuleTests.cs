using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Linting;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL3001: reference data and time-sensitive facts in reused prompts; flagged and clean cases.</summary>
public sealed class RetrievalRuleTests
{
    private const string Head = "system:\nYou are the product advisor for Northwind Outdoor. Answer in JSON with keys sku and reason.\n";

    private static IReadOnlyList<Finding> Lint3001(string body, string name = "advisor.prompty") =>
        Lint.Text(name, Head + body + "user:\n{{question}}\n").Of("PL3001");

    private static string Table(int rows) =>
        "| SKU | Name | Price |\n|---|---|---|\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"| NW-{i:000} | Item {i} | {i}9.00 |\n"));

    [Fact]
    public void A_long_table_is_flagged_at_its_first_row()
    {
        Finding finding = Assert.Single(Lint3001(Table(24)));
        Assert.Equal(3, finding.Start().Line);
        Assert.Contains("a 24-row table of reference data", finding.Message);
    }

    [Fact]
    public void A_short_table_such_as_a_label_legend_is_clean() => Assert.Empty(Lint3001(Table(12)));

    [Fact]
    public void Delimited_rows_with_one_field_count_are_flagged() =>
        Assert.Contains("comma-separated block", Assert.Single(Lint3001(string.Concat(Enumerable.Range(1, 22).Select(i => $"NW-{i},Item {i},{i}9.00,in stock\n")))).Message);

    [Theory]
    [InlineData("Our return policy, as of March 2025, allows 30 days.\n", "'as of March 2025'")]
    [InlineData("The current version is 3.2.1; mention it when asked.\n", "'The current version is 3.2.1'")]
    [InlineData("Today is Monday, 2025-06-02.\n", "fixes the date")]
    [InlineData("The basic plan costs $19.99, the team plan $49.99 and the enterprise plan $199.\n", "lists 3 prices (first '$19.99')")]
    public void Time_sensitive_facts_are_flagged(string line, string message) =>
        Assert.Contains(message, Assert.Single(Lint3001(line)).Message);

    // The detector skips a pattern when its literal words are missing; the skip must ignore case as the patterns do.
    [Theory]
    [InlineData("Our return policy, AS OF March 2025, allows 30 days.\n", "'AS OF March 2025'")]
    [InlineData("Prices are Valid Through 2026.\n", "'Valid Through 2026'")]
    [InlineData("The LATEST RELEASE is 4.0; mention it when asked.\n", "'The LATEST RELEASE is 4.0'")]
    [InlineData("THE YEAR IS 2025.\n", "fixes the date")]
    [InlineData("Plans cost 12 EUR, 15 EUR and 20 EUR.\n", "lists 3 prices (first '12 EUR')")]
    public void Facts_are_flagged_in_any_case(string line, string message) =>
        Assert.Contains(message, Assert.Single(Lint3001(line)).Message);

    [Theory]
    [InlineData("Data is current as of {{as_of_date}}.\n")]
    [InlineData("Always mention the current version of the product the user names.\n")]
    [InlineData("The total is $2+3+10=15$ and the probability is $2/15$.\n")]
    [InlineData("Solve $2+3$, then $5-1$ and $7*2$, showing each step.\n")]
    [InlineData("The basic plan costs $19.99 and the team plan $19.99.\n")]
    [InlineData("Think about policies that were in force in 2019.\n")]
    public void Variables_latex_and_undated_wording_are_clean(string line) => Assert.Empty(Lint3001(line));

    [Fact]
    public void A_one_off_prompt_without_roles_or_variables_is_a_task_on_its_data_not_knowledge() =>
        Assert.Empty(Lint.Text("export.txt", "Analyze the rows below and list anomalies.\n\n" + Table(30)).Of("PL3001"));

    private static string Rows(int count, Func<int, string> row) => string.Concat(Enumerable.Range(1, count).Select(i => row(i) + "\n"));

    [Fact]
    public void Tab_separated_rows_are_flagged() =>
        Assert.Contains("22-row tab-separated block", Assert.Single(Lint3001(Rows(22, i => $"NW-{i}\tItem {i}\t{i}9.00"))).Message);

    [Fact]
    public void Comma_rows_in_a_fenced_block_count() =>
        Assert.Contains("22-row comma-separated block", Assert.Single(Lint3001("```csv\n" + Rows(22, i => $"NW-{i},Item {i},{i}9.00") + "```\n")).Message);

    [Fact]
    public void A_change_in_the_field_count_ends_a_run_of_comma_rows() =>
        Assert.Empty(Lint3001(Rows(11, i => $"NW-{i},Item {i},{i}9.00") + Rows(11, i => $"NW-{i},Item {i},{i}9.00,in stock")));

    [Fact]
    public void Prose_with_commas_is_not_a_row() =>
        Assert.Empty(Lint3001(Rows(22, i => $"Step {i}: read the ticket, find the order, and reply politely.")));

    [Fact]
    public void Prose_with_commas_is_not_a_row_with_windows_line_breaks_either() =>
        Assert.Empty(Lint.Text("advisor.prompty", (Head + Rows(22, i => $"Read the ticket, find order {i}, and reply politely.") + "user:\n{{question}}\n").Replace("\n", "\r\n", StringComparison.Ordinal)).Of("PL3001"));

    [Fact]
    public void A_line_over_400_characters_is_not_a_row() =>
        Assert.Empty(Lint3001(Rows(22, i => $"NW-{i},{new string('x', 400)},{i}9.00")));

    [Fact]
    public void Rows_filled_by_template_tags_are_not_data_the_prompt_carries() =>
        Assert.Empty(Lint3001("| SKU | Name |\n|---|---|\n" + Rows(24, i => $"| {{{{sku_{i}}}}} | {{{{name_{i}}}}} |")));

    [Fact]
    public void Only_distinct_prices_count() =>
        Assert.Empty(Lint3001("The basic plan costs $19.99, the team plan $19.99 and the enterprise plan $49.99.\n"));

    [Fact]
    public void A_table_in_the_user_turn_is_the_input_not_the_instructions() =>
        Assert.Empty(Lint.Text("advisor.prompty", Head + "user:\n" + Table(24) + "{{question}}\n").Of("PL3001"));

    [Fact]
    public void A_template_without_roles_but_with_variables_is_reused() =>
        Assert.Single(Lint.Text("export.txt", "Answer {{question}} from the rows below.\n\n" + Table(30)).Of("PL3001"));

    [Fact]
    public void Rows_in_a_json_string_are_read_after_its_escapes_and_reported_at_the_first_row()
    {
        string content = ("You advise on products.\n" + Table(24)).Replace("\n", "\\n", StringComparison.Ordinal);
        string json = "[{\"role\": \"system\", \"content\": \"" + content + "\"}, {\"role\": \"user\", \"content\": \"{{q}}\"}]";
        Finding finding = Assert.Single(Lint.Text("advisor.json", json).Of("PL3001"));
        Assert.Equal((1, 1 + json.IndexOf("| SKU", StringComparison.Ordinal)), (finding.Start().Line, finding.Start().Column));
    }
}
