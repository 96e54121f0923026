using PromptLint.Tests.Shared;

namespace PromptLint.Hosts.Tests;

/// <summary>
/// The MSBuild prompt-file task's obj/ cache is per file: editing one prompt (or the config.json its SK function reads)
/// lints only what depends on it, and what the build reports is what a run without a cache reports.
/// </summary>
public sealed class TaskIncrementalCacheTests : IDisposable
{
    private const string ThinPrompty = "---\nname: thin\n---\nsystem:\nHelp.\n\nuser:\n{{question}}\n";
    private const string UnusedInputConfig = "{\n  \"schema\": 1,\n  \"description\": \"Meeting notes.\",\n  \"input_variables\": [ { \"name\": \"never_used_input\", \"description\": \"Nothing reads it.\" } ]\n}\n";

    private readonly TempRepository _repo = new();

    public TaskIncrementalCacheTests()
    {
        string summarizer = Path.Combine(RepositoryRoot.Path, "prompts-examples", "summarizer");
        foreach (string file in Directory.EnumerateFiles(summarizer, "*", SearchOption.AllDirectories))
        {
            _repo.Write(Path.GetRelativePath(summarizer, file), File.ReadAllText(file));
        }
    }

    public void Dispose()
    {
        _repo.Dispose();
        File.Delete(CacheFile);
    }

    /// <summary>Outside the linted folder, as obj/ is outside the project's prompt globs.</summary>
    private string CacheFile { get; } = Path.Combine(Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N") + ".findings.cache");

    private (List<string> Lines, int Linted) Build() => HostRunners.CachedTask(_repo.Root, _repo.Files(), CacheFile);

    private List<string> WithoutCache() => HostRunners.Task(_repo.Root, _repo.Files());

    [Fact]
    public void Nothing_changed_replays_every_file()
    {
        var (first, linted) = Build();
        Assert.Equal(_repo.Files().Count(), linted);

        var (again, relinted) = Build();
        Assert.Equal(0, relinted);
        Assert.Equal(first, again);
        Assert.NotEmpty(again);
    }

    [Fact]
    public void Editing_one_prompt_lints_that_prompt_only()
    {
        var (before, _) = Build();
        _repo.Write("daily-digest.unclosed-for.prompty", ThinPrompty);

        var (after, linted) = Build();
        Assert.Equal(1, linted);
        Assert.NotEqual(before, after);
        Assert.Equal(WithoutCache(), after);
    }

    [Fact]
    public void Editing_the_config_json_an_SK_function_reads_lints_the_function_again()
    {
        var (before, _) = Build();
        _repo.Write("MeetingNotes_Good/config.json", UnusedInputConfig);

        var (after, linted) = Build();
        Assert.Equal(2, linted); // skprompt.txt, which reads it, and config.json itself (a candidate here: every file is passed)
        Assert.NotEqual(before, after);
        Assert.Equal(WithoutCache(), after);
    }

    [Fact]
    public void A_new_file_is_linted_and_a_removed_file_no_longer_reported()
    {
        Build();
        _repo.Write("extra/thin.prompty", ThinPrompty);
        var (withExtra, linted) = Build();
        Assert.Equal(1, linted);
        Assert.Contains(withExtra, l => l.StartsWith("extra/thin.prompty", StringComparison.Ordinal));

        File.Delete(Path.Combine(_repo.Root, "extra", "thin.prompty"));
        var (without, relinted) = Build();
        Assert.Equal(0, relinted);
        Assert.DoesNotContain(without, l => l.StartsWith("extra/", StringComparison.Ordinal));
        Assert.Equal(WithoutCache(), without);
    }
}
