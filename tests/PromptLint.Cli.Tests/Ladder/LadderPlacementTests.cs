using System.Text.Json;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>Where a prompt stands, what it skipped, the facts when promptlint.yaml turns their rules off, and bad figures.</summary>
public sealed class LadderPlacementTests
{
    private const string NoFormatNoRole = "system:\nHelp customers of Contoso's billing team with invoices, refunds and payment questions, politely and accurately.\n\nuser:\n{{question}}\n";

    [Fact]
    public void The_facts_hold_when_promptlint_yaml_turns_their_rules_off()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "root: true\nrules:\n  PL1001: none\n  PL1003: none\n  PL2001: none\n");
        temp.Write("prompts/billing.prompty", NoFormatNoRole);
        JsonElement p = LadderCostTests.Prompt(temp, "prompts/billing.prompty");
        Assert.False(p.GetProperty("hasFormatSpec").GetBoolean());
        Assert.False(p.GetProperty("hasRole").GetBoolean());
        Assert.True(p.GetProperty("hasInstructions").GetBoolean());
        Assert.Equal("add an output-format spec (PL1001)", p.GetProperty("nextStep").GetString());
    }

    [Fact]
    public void A_retrieval_variable_puts_a_prompt_on_rung_3_and_a_missing_example_is_a_skipped_rung()
    {
        using var temp = new TempFolder();
        temp.Write("prompts/kb.prompty", "system:\nYou are Contoso's support agent. Answer with at most three sentences, citing the document you used.\n\n<documents>\n{{retrieved_documents}}\n</documents>\n\nuser:\n{{question}}\n");
        JsonElement p = LadderCostTests.Prompt(temp, "prompts/kb.prompty");
        Assert.Equal(3, p.GetProperty("rung").GetInt32());
        Assert.Equal(["retrieved_documents"], p.GetProperty("retrievalVariables").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal([2], p.GetProperty("skippedRungs").EnumerateArray().Select(r => r.GetInt32()).ToArray());
        Assert.Equal("add 3–5 worked input→output examples (PL2001)", p.GetProperty("nextStep").GetString());
    }

    [Fact]
    public void A_prompt_without_a_declared_model_takes_the_usage_model_and_its_tokenizer()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "root: true\nusage:\n  prompts:\n    \"prompts/legacy/**\":\n      model: gpt-4-0613\n      callsPerDay: 1000\n");
        temp.Write("prompts/legacy/billing.md", "# System\n\n" + NoFormatNoRole.Replace("system:\n", "").Replace("user:\n{{question}}\n", ""));
        JsonElement p = LadderCostTests.Prompt(temp, "prompts/legacy/billing.md");
        Assert.Equal("gpt-4-0613", p.GetProperty("model").GetString());
        Assert.Equal("usage", p.GetProperty("modelSource").GetString());
        Assert.Equal("cl100k_base", p.GetProperty("tokens").GetProperty("counter").GetString());
        int tokens = p.GetProperty("tokens").GetProperty("count").GetInt32();
        Assert.Equal(30.00m, p.GetProperty("cost").GetProperty("inputPricePerMillion").GetDecimal()); // the table's gpt-4 row
        Assert.Equal(1000m * tokens * 30.00m / 1_000_000m, p.GetProperty("cost").GetProperty("dailyOverhead").GetDecimal());
    }

    [Fact]
    public void Figures_too_large_for_decimal_give_no_cost_instead_of_a_crash()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "root: true\nusage:\n  prompts:\n    \"**\":\n      model: gpt-4o\n      callsPerDay: 79228162514264337593543950335\n      inputPricePerMillion: 79228162514264337593543950335\n      tokensRemovedByFineTune: 1\n      trainingTokens: 1\n");
        temp.Write("prompts/billing.prompty", NoFormatNoRole);
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "json");
        Assert.True(exit == 0, stderr);
        JsonElement cost = JsonDocument.Parse(stdout).RootElement.GetProperty("prompts")[0].GetProperty("cost");
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("dailyOverhead").ValueKind);
        Assert.Equal("figures too large to compute", cost.GetProperty("missing").GetString());
        foreach (string format in new[] { "table", "markdown", "html" })
        {
            Assert.Equal(0, CliRunner.Run(temp.Path, "ladder", "--format", format).ExitCode);
        }
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliRunner.Run(temp.Path, "ladder", "--format", "pdf").ExitCode);
        Assert.Equal(2, CliRunner.Run(temp.Path, "ladder", "missing-folder").ExitCode);
        Assert.Equal(2, CliRunner.Run(temp.Path, "ladder", "--bogus").ExitCode);
    }
}

/// <summary>Hostile names and text never break out of the HTML page, the Markdown table or the JSON.</summary>
public sealed class LadderEscapingTests
{
    [Fact]
    public void A_file_name_with_markup_is_escaped_in_every_format()
    {
        using var temp = new TempFolder();
        const string name = "prompts/<script>alert(1) | x'\"&.prompty";
        temp.Write(name, "---\nmodel:\n  api: chat\n  configuration:\n    name: \"gpt-4o</text><script>\"\n---\nsystem:\nYou are a helper. Reply in one sentence.\n\nuser:\n{{q}}\n");

        string html = CliRunner.Run(temp.Path, "ladder", "--format", "html").Stdout;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("prompts/&lt;script&gt;alert(1) | x&#39;&quot;&amp;.prompty", html);
        Assert.Contains("gpt-4o&lt;/text&gt;&lt;script&gt;", html);

        string markdown = CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout;
        string row = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| `prompts/", StringComparison.Ordinal));
        Assert.Contains("alert(1) \\| x", row);
        Assert.Equal(16, row.Split(" | ").Length); // 16 cells, 15 separators: the | in the name did not add a column

        string json = CliRunner.Run(temp.Path, "ladder", "--format", "json").Stdout;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(name, doc.RootElement.GetProperty("prompts")[0].GetProperty("path").GetString());
    }
}
