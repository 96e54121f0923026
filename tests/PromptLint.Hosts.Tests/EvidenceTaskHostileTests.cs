using Microsoft.Build.Framework;
using PromptLint.MSBuild;

namespace PromptLint.Hosts.Tests;

/// <summary>
/// Issue #18 through the MSBuild evidence task's own API (in-process, the real disk): the task shares the CLI's
/// boundary for what promptlint.yaml names, its obj/ cache is keyed on the datasets eval results name, and a
/// damaged cache (a line that does not parse, a file cut short) means "lint again", never MSB4018 or a partial replay.
/// </summary>
public sealed class EvidenceTaskHostileTests : IDisposable
{
    private const string Model = "ft:gpt-4o-mini-2024-07-18:acme:triage:abc";
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private string CacheFile => Path.Combine(_repo.Root, "obj", "evidence.cache");

    private static string Chat(int i) =>
        $"{{\"messages\":[{{\"role\":\"system\",\"content\":\"Classify tickets. Reply with JSON only.\"}},{{\"role\":\"user\",\"content\":\"Ticket {i} about topic {i * 7 % 13}\"}},{{\"role\":\"assistant\",\"content\":\"{{\\\"category\\\":\\\"c{i % 4}\\\"}}\"}}]}}\n";

    private static string Chats(int from, int count) => string.Concat(Enumerable.Range(from, count).Select(Chat));

    private static string Result(double score, string dataset) =>
        $"{{\"model\": \"{Model}\", \"metric\": \"accuracy\", \"score\": {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"dataset\": \"{dataset}\", \"heldOut\": true}}\n";

    private void WriteEvidence(string heldOut)
    {
        _repo.Write("promptlint.yaml", "models:\n  \"ft:gpt-4o-mini-2024-07-18:acme:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n    training: data/train.jsonl\n    task: classification\n");
        _repo.Write("evals/baseline.json", Result(0.80, "data/heldout.jsonl").Replace(Model, "gpt-4o-mini-2024-07-18"));
        _repo.Write("evals/fine-tune.json", Result(0.95, "data/heldout.jsonl"));
        _repo.Write("data/train.jsonl", Chats(0, 250));
        _repo.Write("data/heldout.jsonl", heldOut);
    }

    private (LintFineTuningEvidence Task, RecordingEngine Engine) Run()
    {
        var engine = new RecordingEngine();
        var task = new LintFineTuningEvidence { BuildEngine = engine, ProjectDirectory = _repo.Root, CacheFile = CacheFile };
        task.Execute(); // an exception here is what MSBuild reports as MSB4018
        return (task, engine);
    }

    [Fact]
    public void The_task_refuses_files_outside_the_repository_like_the_cli_and_quotes_nothing()
    {
        if (OperatingSystem.IsWindows()) return;
        string outside = _repo.Root + "-outside.jsonl";
        File.WriteAllText(outside, "HostileSecretMarker token\n");
        try
        {
            _repo.Write("promptlint.yaml", $"models:\n  \"ft:gpt-4o-mini-2024-07-18:acme:triage:*\":\n    training: {outside}\n    validation: /proc/self/environ\n");
            var (_, engine) = Run();
            Assert.Equal(["promptlint.yaml(2,3) info PL4014", "promptlint.yaml(3,15) error PL0010", "promptlint.yaml(4,17) error PL0010"], engine.Located(_repo.Root)); // the base retires 2027-01-14: PL4014 at the entry
            Assert.All(engine.Messages, m => Assert.DoesNotContain("HostileSecretMarker", m));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_held_out_set_that_starts_overlapping_training_is_checked_again()
    {
        WriteEvidence(Chats(1000, 40));
        var (first, firstEngine) = Run();
        Assert.Equal(1, first.CheckedCount);
        Assert.DoesNotContain(firstEngine.Located(_repo.Root), l => l.EndsWith("PL4004", StringComparison.Ordinal));

        // Same declared files, same eval results; only the dataset the evaluation result names changes.
        _repo.Write("data/heldout.jsonl", Chats(1000, 30) + Chats(5, 10));
        var (second, secondEngine) = Run();
        Assert.Equal(1, second.CheckedCount);
        Assert.Contains(secondEngine.Located(_repo.Root), l => l.EndsWith("PL4004", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a line that does not parse")]
    [InlineData("cut short")]
    public void A_damaged_findings_cache_is_linted_again(string damage)
    {
        WriteEvidence(Chats(1000, 30) + Chats(5, 10));
        _repo.Write("data/train.jsonl", Chats(0, 250) + "{not json\n");
        var (first, firstEngine) = Run();
        Assert.Equal(1, first.CheckedCount);
        List<string> expected = firstEngine.Located(_repo.Root);
        Assert.True(expected.Count >= 2, string.Join("\n", expected));
        string[] lines = File.ReadAllLines(CacheFile);
        File.WriteAllLines(CacheFile, damage == "cut short"
            ? lines.Take(2).ToArray() // the key and one finding: what a crash inside a non-atomic write leaves
            : lines.Take(1).Append("PL0014\tError\tx\tnot-a-number\t1\t1\t1\tm").Concat(lines.Skip(1)).ToArray());

        var (second, secondEngine) = Run();

        Assert.Equal(1, second.CheckedCount);
        Assert.Equal(expected, secondEngine.Located(_repo.Root));
        var (third, thirdEngine) = Run();
        Assert.Equal(0, third.CheckedCount); // the rewritten cache replays
        Assert.Equal(expected, thirdEngine.Located(_repo.Root));
    }

    internal sealed class RecordingEngine : IBuildEngine
    {
        private readonly List<(string File, int Line, int Column, string Kind, string Code, string Message)> _events = new();

        public IEnumerable<string> Messages => _events.Select(e => e.Message);

        public List<string> Located(string root) => _events.Where(e => e.Code.Length > 0)
            .Select(e => $"{Path.GetRelativePath(root, e.File).Replace('\\', '/')}({e.Line},{e.Column}) {e.Kind} {e.Code}").Order(StringComparer.Ordinal).ToList();

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => string.Empty;

        public void LogErrorEvent(BuildErrorEventArgs e) => _events.Add((e.File ?? "", e.LineNumber, e.ColumnNumber, "error", e.Code ?? "", e.Message ?? ""));

        public void LogWarningEvent(BuildWarningEventArgs e) => _events.Add((e.File ?? "", e.LineNumber, e.ColumnNumber, "warning", e.Code ?? "", e.Message ?? ""));

        public void LogMessageEvent(BuildMessageEventArgs e) => _events.Add((e.File ?? "", e.LineNumber, e.ColumnNumber, "info", e.Code ?? "", e.Message ?? ""));

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;
    }
}
