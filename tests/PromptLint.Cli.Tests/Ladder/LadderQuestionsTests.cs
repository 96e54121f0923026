using System.Text.Json;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>The four questions before fine-tuning, per fine-tuned model, from promptlint.yaml and the evidence files.</summary>
public sealed class LadderQuestionsTests
{
    private static string Chat(int i, string answer) =>
        $"{{\"messages\":[{{\"role\":\"system\",\"content\":\"Route the ticket. Reply with JSON only.\"}},{{\"role\":\"user\",\"content\":\"Ticket number {i} about topic {i * 7919 % 1000}\"}},{{\"role\":\"assistant\",\"content\":\"{answer}\"}}]}}\n";

    private static string Clean(int count) => string.Concat(Enumerable.Range(0, count).Select(i => Chat(i, "{\\\"queue\\\":\\\"q" + (i % 6) + "\\\"}")));

    private const string Config = """
        root: true
        models:
          "ft:gpt-4o-mini-2024-07-18:fabrikam:router:*":
            baseline: evals/router-baseline.json
            evaluation: evals/router-fine-tune.json
            training: datasets/router-train.jsonl
            metric: accuracy
            task: classification
          "ft:gpt-4o-mini-2024-07-18:fabrikam:tone:*":
            baseline: evals/tone-baseline.json
            evaluation: evals/tone-fine-tune.json
            training: datasets/tone-train.jsonl
            metric: accuracy
        usage:
          models:
            "ft:gpt-4o-mini-2024-07-18:fabrikam:tone:*":
              callsPerDay: 400
          prompts:
            "prompts/router.prompty":
              callsPerDay: 1000
            "prompts/legacy.prompty":
              callsPerDay: 100
        """;

    private static string Prompty(string model) => $$$"""
        ---
        name: router
        model:
          api: chat
          configuration:
            name: {{{model}}}
        ---
        system:
        You are Fabrikam's ticket router. Reply with JSON only: {"queue": "billing|shipping|other"}

        user:
        {{ticket}}
        """;

    [Fact]
    public void Each_fine_tuned_model_gets_the_four_answers()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", Config);
        temp.Write("prompts/router.prompty", Prompty("ft:gpt-4o-mini-2024-07-18:fabrikam:router:abc123"));
        temp.Write("prompts/legacy.prompty", Prompty("ft:gpt-3.5-turbo-0125:fabrikam::xyz789"));
        temp.Write("evals/router-baseline.json", "{\"model\": \"gpt-4o-mini-2024-07-18\", \"metric\": \"accuracy\", \"score\": 0.86, \"dataset\": \"held\", \"heldOut\": true}\n");
        temp.Write("evals/router-fine-tune.json", "{\"model\": \"ft:gpt-4o-mini-2024-07-18:fabrikam:router:abc123\", \"metric\": \"accuracy\", \"score\": 0.93, \"dataset\": \"held\", \"heldOut\": true}\n");
        temp.Write("datasets/router-train.jsonl", Clean(250));
        temp.Write("evals/tone-baseline.json", "{\"model\": \"gpt-4o-mini-2024-07-18\", \"metric\": \"accuracy\", \"score\": 0.80, \"dataset\": \"held\", \"heldOut\": true}\n");
        temp.Write("evals/tone-fine-tune.json", "{\"model\": \"ft:gpt-4o-mini-2024-07-18:fabrikam:tone:def456\", \"metric\": \"accuracy\", \"score\": 0.81, \"dataset\": \"held\", \"heldOut\": true}\n");
        temp.Write("datasets/tone-train.jsonl", Clean(50));

        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "json");
        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        var answers = doc.RootElement.GetProperty("fineTunes").EnumerateArray().ToDictionary(
            f => f.GetProperty("model").GetString()!,
            f => string.Join(" ", f.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("key").GetString() + "=" + q.GetProperty("answer").GetString())));

        Assert.Equal(
            new Dictionary<string, string>
            {
                // Baseline measured, 250 consistent examples ≥ 200, 1,000 calls/day = 30,417/month, +0.07 over the baseline.
                ["ft:gpt-4o-mini-2024-07-18:fabrikam:router:abc123"] = "tried=yes narrow=yes volume=yes verified=yes",
                // Baseline measured, 50 examples < 500 (generation), no prompt uses it but usage.models gives 400 calls/day
                // = 12,167/month, +0.01 < minImprovement 0.03.
                ["ft:gpt-4o-mini-2024-07-18:fabrikam:tone:def456"] = "tried=yes narrow=no volume=yes verified=no",
                // No models: entry at all; 100 calls/day = 3,042/month.
                ["ft:gpt-3.5-turbo-0125:fabrikam::xyz789"] = "tried=unknown narrow=unknown volume=no verified=unknown",
            },
            answers);

        JsonElement router = doc.RootElement.GetProperty("fineTunes").EnumerateArray().Single(f => f.GetProperty("model").GetString()!.Contains(":router:"));
        Assert.Equal("passed", router.GetProperty("evidence").GetString());
        Assert.Equal("promptlint.yaml", router.GetProperty("declaredIn").GetString());
        Assert.Equal(["prompts/router.prompty"], router.GetProperty("prompts").EnumerateArray().Select(p => p.GetString()!).ToArray());
        Assert.Equal("1,000 calls/day from 1 prompt(s) = 30,417 calls/month",
            router.GetProperty("questions")[2].GetProperty("why").GetString());

        JsonElement tone = doc.RootElement.GetProperty("fineTunes").EnumerateArray().Single(f => f.GetProperty("model").GetString()!.Contains(":tone:"));
        Assert.Equal("400 calls/day from usage.models \"ft:gpt-4o-mini-2024-07-18:fabrikam:tone:*\" = 12,167 calls/month", tone.GetProperty("questions")[2].GetProperty("why").GetString());
        Assert.Equal("failed PL4005, PL4007", tone.GetProperty("evidence").GetString());

        // A prompt on a fine-tune pays the fine-tuned input price (the table's gpt-4o-mini row: 0.30) and has no break-even.
        JsonElement routerPrompt = LadderCostTests.Prompt(temp, "prompts/router.prompty");
        JsonElement cost = routerPrompt.GetProperty("cost");
        Assert.Equal(0.30m, cost.GetProperty("inputPricePerMillion").GetDecimal());
        Assert.Equal(1000m * routerPrompt.GetProperty("tokens").GetProperty("count").GetInt32() * 0.30m / 1_000_000m, cost.GetProperty("dailyOverhead").GetDecimal());
        Assert.Equal("already on a fine-tune", cost.GetProperty("breakEvenNote").GetString());

        JsonElement legacy = LadderCostTests.Prompt(temp, "prompts/legacy.prompty");
        Assert.Equal(4, legacy.GetProperty("rung").GetInt32());
        Assert.True(legacy.GetProperty("fineTuned").GetBoolean());
        Assert.Equal("no models: entry (PL4001)", legacy.GetProperty("evidence").GetString());
        Assert.Equal("cl100k_base", legacy.GetProperty("tokens").GetProperty("counter").GetString());
        Assert.Equal([2], legacy.GetProperty("skippedRungs").EnumerateArray().Select(r => r.GetInt32()).ToArray());

        string table = System.Text.RegularExpressions.Regex.Replace(CliRunner.Run(temp.Path, "ladder").Stdout, @"\n {10}(?=\S)", " "); // undo the wrapping to 120 characters
        Assert.Contains("Fine-tune ft:gpt-4o-mini-2024-07-18:fabrikam:tone:def456 (promptlint.yaml) — evidence: failed PL4005", table);
        Assert.Contains("  no      The task is narrow enough for 200–500 consistent examples — the training set has 50 examples, under the 500 a generation fine-tune needs (PL4007)", table);
    }
}
