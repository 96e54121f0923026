using System.Text.Json;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>
/// The cost figures of docs/ladder-report.md through the real CLI, to the cent and the day. Expected values are
/// worked by hand in the docs from the token counts (checked with js-tiktoken) and the usage: figures.
/// </summary>
public sealed class LadderCostTests
{
    [Fact]
    public void Low_volume_internal_assistant()
    {
        using TempFolder temp = LadderScenarios.Write(LadderScenarios.AssistantConfig, (LadderScenarios.AssistantPath, LadderScenarios.Assistant));
        JsonElement prompt = Prompt(temp, LadderScenarios.AssistantPath);

        Assert.Equal(LadderScenarios.AssistantTokens, prompt.GetProperty("tokens").GetProperty("count").GetInt32());
        Assert.Equal("o200k_base", prompt.GetProperty("tokens").GetProperty("counter").GetString());
        Assert.Equal("gpt-4o", prompt.GetProperty("model").GetString());
        JsonElement cost = prompt.GetProperty("cost");
        Assert.Equal(2.50m, cost.GetProperty("inputPricePerMillion").GetDecimal()); // the default table's gpt-4o row
        Assert.Equal(0.1059m, cost.GetProperty("dailyOverhead").GetDecimal());      // 120 × 353 × 2.50 / 1e6
        Assert.Equal(38.6535m, cost.GetProperty("yearlyOverhead").GetDecimal());    // × 365
        Assert.Equal(15.75m, cost.GetProperty("fineTuningCost").GetDecimal());      // 630,000 × 25.00 / 1e6
        Assert.Equal(0.01755m, cost.GetProperty("dailySavings").GetDecimal());      // 120 × (250×2.50 − 143×1.25 − 60×5.00) / 1e6
        Assert.Equal(898, cost.GetProperty("breakEvenDays").GetInt64());            // ⌈15.75 / 0.01755⌉ = ⌈897.4⌉

        string table = CliRunner.Run(temp.Path, "ladder").Stdout;
        string row = table.Split('\n').First(l => l.StartsWith(LadderScenarios.AssistantPath, StringComparison.Ordinal)); // the table row; the working follows below
        Assert.Contains("  $0.11  ", row);
        Assert.Contains("  $38.65  ", row);
        Assert.Contains("  898 days  ", row);
        Assert.Contains("  353  ", row);
        Assert.Contains("1 prompt", row);
        Assert.Contains("  42,360  ", row); // tokens per day
        Assert.Contains("add 3–5 worked", row); // the next step wraps to fit 120 characters
        Assert.Contains("1 prompt  353     42,360      $0.11    $38.65    898 days    add 3–5 worked input→output examples (PL2001)",
            System.Text.RegularExpressions.Regex.Replace(table, @"\n {30,}", " "));
    }

    [Fact]
    public void High_volume_classifier()
    {
        using TempFolder temp = LadderScenarios.Write(LadderScenarios.ClassifierConfig, (LadderScenarios.ClassifierPath, LadderScenarios.Classifier));
        JsonElement prompt = Prompt(temp, LadderScenarios.ClassifierPath);

        Assert.Equal(LadderScenarios.ClassifierTokens, prompt.GetProperty("tokens").GetProperty("count").GetInt32());
        Assert.Equal(5, prompt.GetProperty("examples").GetInt32());
        JsonElement cost = prompt.GetProperty("cost");
        Assert.Equal(2.295m, cost.GetProperty("dailyOverhead").GetDecimal());   // 50,000 × 306 × 0.15 / 1e6
        Assert.Equal(837.675m, cost.GetProperty("yearlyOverhead").GetDecimal()); // × 365
        Assert.Equal(1.26m, cost.GetProperty("fineTuningCost").GetDecimal());    // 420,000 × 3.00 / 1e6
        Assert.Equal(0.195m, cost.GetProperty("dailySavings").GetDecimal());     // 50,000 × (230×0.15 − 156×0.15 − 12×0.60) / 1e6
        Assert.Equal(7, cost.GetProperty("breakEvenDays").GetInt64());           // ⌈1.26 / 0.195⌉ = ⌈6.46⌉

        // Half-cent figures round away from zero when printed: $2.295 → $2.30, $837.675 → $837.68, $0.195 → $0.20.
        string markdown = CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout;
        string row = Assert.Single(markdown.Split('\n'), l => l.StartsWith($"| `{LadderScenarios.ClassifierPath}`", StringComparison.Ordinal));
        Assert.Contains("| $2.30 | $837.68 | 7 days |", row);
        Assert.Contains("| 2 few-shot |", row);
        Assert.Contains("| 306 (o200k_base) |", row);
    }

    [Fact]
    public void Totals_add_the_known_overheads()
    {
        using TempFolder temp = LadderScenarios.Both();
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "json");
        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement totals = doc.RootElement.GetProperty("totals");
        Assert.Equal(2.4009m, totals.GetProperty("dailyOverhead").GetDecimal());   // 0.1059 + 2.295
        Assert.Equal(876.3285m, totals.GetProperty("yearlyOverhead").GetDecimal()); // × 365
        Assert.Contains("2 prompts: static text costs $2.40/day, $876.33/year", CliRunner.Run(temp.Path, "ladder").Stdout);
    }

    [Fact]
    public void Without_usage_the_cost_is_unknown_and_says_what_is_missing()
    {
        using TempFolder temp = LadderScenarios.Write("root: true", (LadderScenarios.ClassifierPath, LadderScenarios.Classifier));
        JsonElement cost = Prompt(temp, LadderScenarios.ClassifierPath).GetProperty("cost");
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("dailyOverhead").ValueKind);
        Assert.Equal("callsPerDay", cost.GetProperty("missing").GetString());
        Assert.Equal("not estimated: set tokensRemovedByFineTune", cost.GetProperty("breakEvenNote").GetString());
    }

    [Fact]
    public void A_fine_tune_whose_premium_outweighs_the_savings_never_pays_off()
    {
        string config = LadderScenarios.AssistantConfig.Replace("outputTokensPerCall: 60", "outputTokensPerCall: 400");
        using TempFolder temp = LadderScenarios.Write(config, (LadderScenarios.AssistantPath, LadderScenarios.Assistant));
        JsonElement cost = Prompt(temp, LadderScenarios.AssistantPath).GetProperty("cost");
        Assert.Equal(-0.18645m, cost.GetProperty("dailySavings").GetDecimal()); // 120 × (625 − 178.75 − 400×5.00) / 1e6
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("breakEvenDays").ValueKind);
        Assert.StartsWith("never", cost.GetProperty("breakEvenNote").GetString());
    }

    [Fact]
    public void A_broken_usage_block_stops_the_report_with_its_location()
    {
        using TempFolder temp = LadderScenarios.Write("root: true\nusage:\n  prompts:\n    \"prompts/**\":\n      callsPerDay: many\n", (LadderScenarios.ClassifierPath, LadderScenarios.Classifier));
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("promptlint.yaml(5,20): error PL0001: 'usage.prompts.\"prompts/**\".callsPerDay' must be a number ≥ 0 such as 2.5 or 10000, not 'many'", stderr);
    }

    [Fact]
    public void The_docs_show_a_real_run_of_both_scenarios()
    {
        string doc = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "ladder-report.md")).Replace("\r\n", "\n");
        const string start = "<!-- ladder-run:start -->\n", end = "\n<!-- ladder-run:end -->";
        int from = doc.IndexOf(start, StringComparison.Ordinal) + start.Length;
        string shown = doc.Substring(from, doc.IndexOf(end, from, StringComparison.Ordinal) - from);

        using TempFolder temp = LadderScenarios.Both();
        string run = CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout.TrimEnd('\n');
        Assert.True(shown == run, $"docs/ladder-report.md's real run is stale; the CLI now prints:\n{run}");
    }

    internal static JsonElement Prompt(TempFolder temp, string path)
    {
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "json");
        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        return doc.RootElement.GetProperty("prompts").EnumerateArray().Single(p => p.GetProperty("path").GetString() == path).Clone();
    }
}
