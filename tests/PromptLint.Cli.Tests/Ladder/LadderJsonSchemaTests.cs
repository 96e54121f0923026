using System.Text.Json;
using Json.Schema;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>promptlint ladder --format json validates against schemas/promptlint-ladder.schema.json (JsonSchema.Net), and the schema is strict enough to notice.</summary>
public sealed class LadderJsonSchemaTests
{
    // Built once: JsonSchema.Net registers a schema by its $id and refuses to register it twice.
    private static readonly Lazy<JsonSchema> Built = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "schemas", "promptlint-ladder.schema.json"))));

    private static JsonSchema Schema() => Built.Value;

    [Fact]
    public void The_report_of_both_scenarios_and_the_examples_validates()
    {
        using TempFolder temp = LadderScenarios.Both();
        foreach (var (folder, path) in new[] { (temp.Path, "."), (CliRunner.RepoRoot, "prompts-examples") })
        {
            var (exit, stdout, stderr) = CliRunner.Run(folder, "ladder", path, "--format", "json");
            Assert.True(exit == 0, stderr);
            using JsonDocument doc = JsonDocument.Parse(stdout);
            Assert.True(doc.RootElement.GetProperty("prompts").GetArrayLength() >= 2);
            EvaluationResults results = Schema().Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, path + ": " + Errors(results));
        }
    }

    [Fact]
    public void A_folder_without_prompts_gives_an_empty_report_in_every_format()
    {
        using var temp = new TempFolder();
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "json");
        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("prompts").GetArrayLength());
        Assert.True(Schema().Evaluate(doc.RootElement).IsValid);
        Assert.Contains("no prompt files found", CliRunner.Run(temp.Path, "ladder", "--format", "html").Stdout);
        Assert.Contains("0 prompts: static text costs $0.00/day, $0.00/year", CliRunner.Run(temp.Path, "ladder").Stdout);
    }

    [Theory]
    [InlineData("\"rung\": 2", "\"rung\": 5")]
    [InlineData("\"answer\": \"unknown\"", "\"answer\": \"maybe\"")]
    [InlineData("\"exact\": true", "\"exact\": \"yes\"")]
    [InlineData("\"nextStep\":", "\"next\":")]
    [InlineData("\"key\": \"generalAbility\"", "\"key\": \"general\"")]
    [InlineData("\"status\": \"retiring\"", "\"status\": \"deprecated\"")]
    [InlineData("\"date\": \"2027-01-14\"", "\"date\": \"14 January 2027\"")]
    [InlineData("\"asksForCurrentFacts\": false,", "")]
    public void A_report_in_another_shape_does_not_validate(string from, string to)
    {
        using TempFolder temp = LadderScenarios.Both();
        temp.Write("prompts/ft.prompty", "---\nmodel:\n  api: chat\n  configuration:\n    name: ft:gpt-4o-mini-2024-07-18:acme:x:abc123\n---\nsystem:\nYou are a router. Reply with JSON only: {\"queue\": \"a|b\"}\n\nuser:\n{{q}}\n");
        string json = CliRunner.Run(temp.Path, "ladder", "--format", "json").Stdout;
        Assert.Contains(from, json);
        using JsonDocument doc = JsonDocument.Parse(ReplaceFirst(json, from, to));
        Assert.False(Schema().Evaluate(doc.RootElement).IsValid, $"{from} → {to} still validates");
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
