namespace PromptLint.Hosts.Tests;

/// <summary>PL5006 reads the readers' metadata tree; the CLI, the analyzer and the MSBuild task report it alike, at the same nodes.</summary>
public sealed class MetadataSchemaThroughHostsTests : IDisposable
{
    private readonly TempRepository _repository = new();

    public MetadataSchemaThroughHostsTests()
    {
        _repository.Write("prompts/billing.prompty",
            "---\nname: Billing answer\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n" +
            "  parameters:\n    temprature: 0.2\n    max_tokens: \"400\"\n---\nsystem:\nYou answer billing questions for Contoso. Reply in two sentences.\n\nuser:\n{{question}}\n");
        _repository.Write("prompts/summarize.yaml",
            "name: Summarize\ntemplate_format: semantic-kernel\ntemplate: |\n  <message role=\"system\">Summarize the ticket in three bullet points.</message>\n" +
            "  <message role=\"user\">{{$ticket}}</message>\ninput_variables:\n  - name: ticket\nexecution_settings:\n  default:\n    temperature: 3\n");
    }

    [Fact]
    public void Schema_findings_are_the_same_in_the_cli_the_analyzer_and_the_task()
    {
        List<string> files = _repository.Files().ToList();
        List<string> cli = HostRunners.Cli(_repository.Root);
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, files);
        List<string> task = HostRunners.Task(_repository.Root, files);

        Assert.Equal(
            ["prompts/billing.prompty(10,17) warning PL5006", "prompts/billing.prompty(9,5) warning PL5006", "prompts/summarize.yaml(10,18) warning PL5006"],
            cli.Where(f => f.EndsWith("PL5006", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(cli, analyzer);
        Assert.Equal(cli, task);
    }

    public void Dispose() => _repository.Dispose();
}
