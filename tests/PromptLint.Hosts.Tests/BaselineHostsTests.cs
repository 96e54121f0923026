namespace PromptLint.Hosts.Tests;

/// <summary>
/// One baseline for every host: findings recorded by <c>promptlint lint --update-baseline</c> are silent in the CLI,
/// the analyzer (the baseline as an AdditionalFile) and the MSBuild task alike, also after lines move; new findings
/// are reported by all three.
/// </summary>
public sealed class BaselineHostsTests : IDisposable
{
    private const string NoFormat = "system:\nYou are a support agent for Contoso's billing team. Help customers with invoices and refunds politely.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\nuser:\n{{q}}\n";

    private readonly TempRepository _repository = new();

    private string BaselinePath => Path.Combine(_repository.Root, "promptlint.baseline.json");

    [Fact]
    public void A_baselined_finding_is_silent_in_every_host_and_a_new_one_is_reported_by_each()
    {
        _repository.Write("prompts/legacy.prompty", NoFormat);
        _repository.Write("prompts/legacy-copy.prompty", NoFormat);
        Assert.Contains("prompts/legacy.prompty(1,1) warning PL1001", HostRunners.Cli(_repository.Root));
        PromptLint.Cli.CommandLine.Run(["lint", ".", "--update-baseline"], new StringWriter(), new StringWriter(), _repository.Root);
        Assert.True(File.Exists(BaselinePath));

        // Lines move above the old finding, and a new file brings a new one.
        _repository.Write("prompts/legacy.prompty", "---\nname: legacy\n---\n" + NoFormat);
        _repository.Write("prompts/new.prompty", NoFormat.Replace("billing", "shipping"));

        List<string> cli = HostRunners.Cli(_repository.Root);
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, PromptFiles().Append(BaselinePath));
        List<string> task = HostRunners.Task(_repository.Root, PromptFiles(), BaselinePath);

        Assert.Equal(["prompts/new.prompty(1,1) warning PL1001", "prompts/new.prompty(4,1) info PL2002"], cli);
        Assert.Equal(cli, analyzer);
        Assert.Equal(cli, task);
    }

    [Fact]
    public void Without_the_baseline_every_host_reports_the_old_findings()
    {
        _repository.Write("prompts/legacy.prompty", NoFormat);
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, PromptFiles());
        List<string> task = HostRunners.Task(_repository.Root, PromptFiles());
        Assert.Equal(["prompts/legacy.prompty(1,1) warning PL1001", "prompts/legacy.prompty(4,1) info PL2002"], analyzer);
        Assert.Equal(analyzer, task);
    }

    [Fact]
    public void A_baseline_that_is_not_one_is_the_same_located_PL0001_warning_in_every_host_and_filters_nothing()
    {
        _repository.Write("prompts/legacy.prompty", NoFormat);
        PromptLint.Cli.CommandLine.Run(["lint", ".", "--update-baseline"], new StringWriter(), new StringWriter(), _repository.Root);
        // What a merge conflict leaves: the first lines of the file, then a conflict marker.
        string[] lines = File.ReadAllLines(BaselinePath);
        _repository.Write("promptlint.baseline.json", string.Join("\n", lines.Take(3)) + "\n<<<<<<< HEAD\n");

        List<string> cli = HostRunners.Cli(_repository.Root);
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, PromptFiles().Append(BaselinePath));
        List<string> task = HostRunners.Task(_repository.Root, PromptFiles(), BaselinePath);

        Assert.Equal(["promptlint.baseline.json(4,1) warning PL0001", "prompts/legacy.prompty(1,1) warning PL1001", "prompts/legacy.prompty(4,1) info PL2002"], cli);
        Assert.Equal(cli, analyzer);
        Assert.Equal(cli, task);
    }

    [Fact]
    public void Baselined_fine_tuning_evidence_findings_are_silent_in_the_cli_and_the_evidence_task()
    {
        string app = Path.Combine(_repository.Root, "app");
        foreach (string file in Directory.EnumerateFiles(Path.Combine(PromptLint.Tests.Shared.RepositoryRoot.Path, "prompts-examples", "fine-tune-app"), "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Path.Combine(PromptLint.Tests.Shared.RepositoryRoot.Path, "prompts-examples", "fine-tune-app"), file);
            if (!relative.StartsWith("bin", StringComparison.Ordinal) && !relative.StartsWith("obj", StringComparison.Ordinal))
            {
                _repository.Write(Path.Combine("app", relative), File.ReadAllText(file));
            }
        }

        string evaluation = Path.Combine(app, "evals", "fine-tune.json");
        File.WriteAllText(evaluation, File.ReadAllText(evaluation).Replace("\"heldOut\": true", "\"heldOut\": false"));
        List<string> before = HostRunners.Evidence(_repository.Root, app);
        Assert.Contains(before, f => f.StartsWith("app/evals/fine-tune.json(", StringComparison.Ordinal) && f.EndsWith("error PL4004", StringComparison.Ordinal));
        Assert.Contains(HostRunners.Cli(_repository.Root), f => f.EndsWith("error PL4004", StringComparison.Ordinal));

        PromptLint.Cli.CommandLine.Run(["lint", ".", "--update-baseline"], new StringWriter(), new StringWriter(), _repository.Root);

        Assert.DoesNotContain(HostRunners.Cli(_repository.Root), f => f.Contains("PL40", StringComparison.Ordinal));
        Assert.Empty(HostRunners.Evidence(_repository.Root, app, BaselinePath));
    }

    private IEnumerable<string> PromptFiles() => _repository.Files().Where(f => f.EndsWith(".prompty", StringComparison.Ordinal));

    public void Dispose() => _repository.Dispose();
}
