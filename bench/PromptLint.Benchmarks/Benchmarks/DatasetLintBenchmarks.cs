using BenchmarkDotNet.Attributes;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Configuration;
using PromptLint.Datasets;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Benchmarks.Benchmarks;

/// <summary>
/// A generated chat JSONL of 2, 20 and 200 MB streamed through the dataset linter from disk. Allocation grows with
/// the bytes read (strings per line are garbage at once); what stays alive grows with the example count up to the
/// near-duplicate index's cap. <c>dataset</c> mode (Program) reports peak memory, which BenchmarkDotNet does not.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DatasetLintBenchmarks
{
    private string _path = string.Empty;

    [Params(2, 20, 200)]
    public int Megabytes { get; set; } = 2;

    [GlobalSetup]
    public void Setup() => _path = DatasetGenerator.Ensure(Megabytes);

    [Benchmark]
    public int Lint()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return DatasetLinter.Lint(_path, stream, task: FineTuneTask.Classification).Findings.Count;
    }
}
