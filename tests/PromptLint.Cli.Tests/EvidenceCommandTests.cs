namespace PromptLint.Cli.Tests;

/// <summary>promptlint lint on fine-tuning evidence: what models: declares, and a dataset named on the command line.</summary>
public sealed class EvidenceCommandTests
{
    private static string Chat(int i, string answer) =>
        $"{{\"messages\":[{{\"role\":\"system\",\"content\":\"Classify tickets. Reply with JSON only.\"}},{{\"role\":\"user\",\"content\":\"Ticket {i}\"}},{{\"role\":\"assistant\",\"content\":\"{answer}\"}}]}}\n";

    private static string Clean(int count) => string.Concat(Enumerable.Range(0, count).Select(i => Chat(i, "{\\\"category\\\":\\\"c" + (i % 4) + "\\\"}")));

    [Fact]
    public void The_evidence_models_declares_is_linted_once_when_its_folder_is_walked()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "root: true\nmodels:\n  \"ft:gpt-4o-mini-2024-07-18:acme:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n    training: datasets/train.jsonl\n    task: classification\n");
        temp.Write("evals/baseline.json", "{\"model\": \"gpt-4o\", \"metric\": \"accuracy\", \"score\": 0.9, \"dataset\": \"held\", \"heldOut\": true}\n");
        temp.Write("evals/fine-tune.json", "{\"model\": \"ft:gpt-4o-mini-2024-07-18:acme:triage:abc\", \"metric\": \"accuracy\", \"score\": 0.91,\n \"dataset\": \"held\", \"heldOut\": true}\n");
        temp.Write("datasets/train.jsonl", Clean(250) + "{\"messages\": [\n");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "datasets/train.jsonl(251,15): error PL0014: line 251 is not valid JSON: unexpected end of input; a value was expected",
                "evals/baseline.json(1,11): warning PL4006: the baseline was measured on 'gpt-4o' but the fine-tune was trained from 'gpt-4o-mini-2024-07-18'; measure the prompt on the base model so the comparison isolates the fine-tune",
                "evals/fine-tune.json(1,87): warning PL4005: the fine-tune did not improve on the prompt (accuracy 0.9 → 0.91, +0.01, less than minImprovement 0.03): check data quality, data size, or whether the task is a knowledge gap",
            ],
            stdout.Split('\n').Where(l => l.Contains(": error PL") || l.Contains(": warning PL")).ToArray());
    }

    [Fact]
    public void A_dataset_named_on_the_command_line_is_linted_as_a_training_set()
    {
        using var temp = new TempFolder();
        temp.Write("data/train.jsonl", Clean(40) + Chat(3, "{\\\"category\\\":\\\"c3\\\"}"));

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", "data/train.jsonl");

        Assert.Equal(0, exit);
        Assert.Contains("data/train.jsonl(1,1): warning PL4007: the training set has 41 examples, fewer than the 500 a generation (the default task kind", stdout);
        Assert.Contains("data/train.jsonl(41,1): warning PL4009: line 41 repeats the example on line 4", stdout);
    }

    [Fact]
    public void A_dataset_found_by_a_walk_and_not_declared_is_left_alone()
    {
        using var temp = new TempFolder();
        temp.Write("data/train.jsonl", "not json\n");
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("PL", stdout.Replace("PromptLint", ""));
    }

    [Fact]
    public void An_eval_result_named_on_the_command_line_is_read_as_one_not_as_a_chat_prompt()
    {
        using var temp = new TempFolder();
        temp.Write("good.json", "{\"model\": \"gpt-4o\", \"metric\": \"accuracy\", \"score\": 0.9}\n");
        temp.Write("bad.json", "{\"model\": \"gpt-4o\", \"metric\": \"accuracy\", \"score\": \"high\"}\n");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", "good.json", "bad.json");

        Assert.Equal(1, exit);
        Assert.Equal(["bad.json(1,52): error PL0014: 'score' must be a number"], stdout.Split('\n').Where(l => l.Contains(" PL")).ToArray());
    }
}
