namespace PromptLint.Hosts.Tests;

/// <summary>
/// The CLI, the analyzer and the MSBuild task share Core's one pipeline and one promptlint.yaml cascade, so the same
/// folder gives the same findings in all three: severities from a nested configuration, excludes, the Semantic
/// Kernel companion config.json, a malformed prompt, data files that are not prompts, and fine-tunes on retired or
/// retiring base models judged on a nested configuration's retirements: date.
/// </summary>
public sealed class HostEquivalenceTests : IDisposable
{
    private const string NoFormatSystemPrompt = "---\nname: triage\n---\nsystem:\nYou are a support agent for Contoso's billing team. Help customers with invoices, refunds and payment questions politely.\n\nuser:\n{{question}}\n";

    private readonly TempRepository _repository = new();

    public HostEquivalenceTests()
    {
        Write("promptlint.yaml", "rules:\n  PL1003: warning\nexclude:\n  - drafts/**\n");
        Write("triage.prompty", NoFormatSystemPrompt);
        Write("strict/promptlint.yaml", "rules:\n  PL1001: error\n");
        Write("strict/refunds.prompty", NoFormatSystemPrompt);
        Write("drafts/idea.prompty", NoFormatSystemPrompt);
        Write("broken.prompty", "---\nname: [\n---\nsystem:\nhi\n");
        Write("Plugins/Summarize/skprompt.txt", "Summarize the text below for an executive who reads it on a phone between two meetings.\n\n{{$input}}\n");
        Write("Plugins/Summarize/config.json", "{\"schema\": 1, \"execution_settings\": {\"default\": {\"response_format\": \"json_object\"}}}");
        Write("prompts/chat.json", "[{\"role\": \"system\", \"content\": \"Answer questions about invoices.\"}, {\"role\": \"user\", \"content\": \"{{q}}\"}]");
        Write("prompts/fixture.json", "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"choices\": []}");
        Write("prompts/truncated.json", "{\"role\": \"user\", \"content\": ");
        Write("fine-tunes/router.prompty", FineTuned("gpt-35-turbo-0613.ft-5c1d9e0a7b3f4e28a6d2c0b9e8f71a34-router"));
        Write("fine-tunes/triage.prompty", FineTuned("ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566"));
        Write("fine-tunes/later/triage.prompty", FineTuned("ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566"));
        Write("fine-tunes/later/promptlint.yaml", "retirements:\n  asOf: 2027-02-01\n");
    }

    private static string FineTuned(string modelId) => "---\nname: ft\nmodel:\n  id: " + modelId + "\n---\n" + NoFormatSystemPrompt.Substring("---\nname: triage\n---\n".Length);

    [Fact]
    public void The_cli_the_analyzer_and_the_task_report_the_same_findings()
    {
        List<string> cli = HostRunners.Cli(_repository.Root);
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, AdditionalFiles());
        List<string> task = HostRunners.Task(_repository.Root, PromptFiles());

        // What the configuration says, read by hand: PL1003 is a warning everywhere, PL1001 an error under strict/,
        // drafts/ is excluded, and the JSON files that are no chat array are not prompts.
        Assert.Contains("triage.prompty(4,1) warning PL1001", cli);
        Assert.Contains("strict/refunds.prompty(4,1) error PL1001", cli);
        Assert.Contains("broken.prompty(3,1) error PL0014", cli);
        Assert.Contains("Plugins/Summarize/skprompt.txt(1,1) warning PL1003", cli); // info by default, warning in the root promptlint.yaml
        Assert.DoesNotContain("Plugins/Summarize/skprompt.txt(1,1) warning PL1001", cli); // config.json beside it declares a JSON response format
        Assert.Contains("fine-tunes/router.prompty(4,7) warning PL4013", cli); // Azure retired gpt-35-turbo 0613 before the table's date
        Assert.Contains("fine-tunes/triage.prompty(4,7) info PL4014", cli); // OpenAI retires gpt-4o-mini-2024-07-18 after it
        Assert.Contains("fine-tunes/later/triage.prompty(4,7) warning PL4013", cli); // judged on the nested file's asOf
        Assert.DoesNotContain(cli, f => f.StartsWith("drafts/", StringComparison.Ordinal) || f.Contains("fixture.json") || f.Contains("truncated.json"));
        Assert.Equal(cli, analyzer);
        Assert.Equal(cli, task);
    }

    /// <summary>What the package passes the analyzer: the prompt files and every promptlint.yaml of the cascade.</summary>
    private IEnumerable<string> AdditionalFiles() =>
        PromptFiles().Concat(Directory.EnumerateFiles(_repository.Root, "promptlint.yaml", SearchOption.AllDirectories)).Append(Path.Combine(_repository.Root, "Plugins/Summarize/config.json"));

    /// <summary>What the package's default globs find (every file here but the configuration and the companion).</summary>
    private IEnumerable<string> PromptFiles() =>
        Directory.EnumerateFiles(_repository.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/.git/", StringComparison.Ordinal) && Path.GetFileName(f) is not ("promptlint.yaml" or "config.json"))
            .Order(StringComparer.Ordinal);

    private void Write(string relative, string text) => _repository.Write(relative, text);

    public void Dispose() => _repository.Dispose();
}
