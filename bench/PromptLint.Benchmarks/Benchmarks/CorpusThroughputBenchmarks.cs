using BenchmarkDotNet.Attributes;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Linting;

namespace PromptLint.Benchmarks.Benchmarks;

/// <summary>
/// Lints the whole generated corpus (1,000 generated prompts in every format plus 5 copies of prompts-examples)
/// once per operation, on one thread. MB/s = corpus bytes / mean time.
/// <see cref="LintBytes"/> is what a host does (bytes in, decode, read, rules); <see cref="LintText"/> skips the
/// UTF-8 decode; <see cref="ReadOnly"/> runs the readers and the template scanner but no rules.
/// </summary>
[MemoryDiagnoser]
public class CorpusThroughputBenchmarks
{
    private LintItem[] _items = Array.Empty<LintItem>();

    [GlobalSetup]
    public void Setup() => _items = CorpusLoader.Load(BenchPaths.MainCorpus).ToArray();

    [Benchmark(Baseline = true, Description = "Lint(path, bytes) over corpus")]
    public int LintBytes()
    {
        int findings = 0;
        foreach (LintItem item in _items)
        {
            findings += Linter.Lint(item.Path, item.Bytes, null, item.Companions).Findings.Count;
        }

        return findings;
    }

    [Benchmark(Description = "Lint(PromptInput) over corpus")]
    public int LintText()
    {
        int findings = 0;
        foreach (LintItem item in _items)
        {
            findings += Linter.Lint(item.Input).Findings.Count;
        }

        return findings;
    }

    [Benchmark(Description = "Read only (no rules) over corpus")]
    public int ReadOnly()
    {
        int messages = 0;
        foreach (LintItem item in _items)
        {
            messages += Linter.Read(item.Input)?.Messages.Count ?? 0;
        }

        return messages;
    }
}
