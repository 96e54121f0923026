namespace PromptLint.Hosts.Tests;

/// <summary>
/// PL4013/PL4014 at a <c>models:</c> entry: the CLI's evidence path and the build (the analyzer or LintPromptFiles for
/// the prompts, LintFineTuningEvidence for the entry) report the same findings — the declared fine-tune's base once,
/// at the entry's key, not again at the prompt that uses it; an undeclared fine-tune still at its prompt.
/// </summary>
public sealed class EntryBaseRetirementHostsTests : IDisposable
{
    private const string Prompt = "---\nname: ft\nmodel:\n  id: {0}\n---\nsystem:\nYou are a support agent for Contoso's billing team. Reply with JSON only: {{\"queue\": \"billing|refunds\"}}\n\nuser:\n{{{{question}}}}\n";

    private readonly TempRepository _repository = new();

    public EntryBaseRetirementHostsTests()
    {
        Write("promptlint.yaml", "models:\n  \"ft:gpt-4o-mini-2024-07-18:contoso:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n"
            + "    regression: { base: evals/general-base.json, fineTune: evals/general-fine-tune.json }\n");
        Write("evals/baseline.json", Result("gpt-4o-mini-2024-07-18", "0.80", "heldout-v1"));
        Write("evals/fine-tune.json", Result("ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566", "0.90", "heldout-v1"));
        Write("evals/general-base.json", Result("gpt-4o-mini-2024-07-18", "0.81", "general-v1"));
        Write("evals/general-fine-tune.json", Result("ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566", "0.80", "general-v1"));
        Write("prompts/triage.prompty", string.Format(Prompt, "ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566"));
        Write("prompts/router.prompty", string.Format(Prompt, "gpt-35-turbo-0613.ft-5c1d9e0a7b3f4e28a6d2c0b9e8f71a34-router"));
    }

    private static string Result(string model, string score, string dataset) =>
        $"{{\"model\": \"{model}\", \"metric\": \"accuracy\", \"score\": {score}, \"dataset\": \"{dataset}\", \"heldOut\": true}}\n";

    [Fact]
    public void The_cli_and_the_build_report_the_entry_once_and_the_undeclared_fine_tune_at_its_prompt()
    {
        List<string> cli = HostRunners.Cli(_repository.Root);
        List<string> evidence = HostRunners.Evidence(_repository.Root, _repository.Root);
        // The analyzer knows the project's files through AdditionalFiles (PL4002 checks the declared results are among them).
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, PromptFiles().Append(Path.Combine(_repository.Root, "promptlint.yaml"))
            .Concat(Directory.EnumerateFiles(Path.Combine(_repository.Root, "evals"))));
        List<string> task = HostRunners.Task(_repository.Root, PromptFiles());

        Assert.Equal(["promptlint.yaml(2,3) info PL4014"], evidence);
        Assert.Contains("prompts/router.prompty(4,7) warning PL4013", cli); // undeclared: at the use site (with its PL4001)
        Assert.DoesNotContain(cli, f => f.StartsWith("prompts/triage.prompty", StringComparison.Ordinal) && f.Contains("PL401", StringComparison.Ordinal));
        Assert.Equal(cli, analyzer.Concat(evidence).Order(StringComparer.Ordinal));
        Assert.Equal(cli, task.Concat(evidence).Order(StringComparer.Ordinal));
    }

    private IEnumerable<string> PromptFiles() =>
        Directory.EnumerateFiles(Path.Combine(_repository.Root, "prompts")).Order(StringComparer.Ordinal);

    private void Write(string relative, string text) => _repository.Write(relative, text);

    public void Dispose() => _repository.Dispose();
}
