using BenchmarkDotNet.Attributes;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Benchmarks.Benchmarks;

/// <summary>
/// One realistic prompt per format at 1x (~10 KB), 10x (~100 KB) and 100x (~1 MB), grown by repeating worked
/// examples and catalogue rows. Linear code shows a flat MB/s and a flat Alloc/byte across the three sizes.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private PromptInput _input = new("x.md", string.Empty);

    public static IEnumerable<string> Formats => Enum.GetNames<FileKind>();

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = nameof(FileKind.Prompty);

    [Params(1, 10, 100)]
    public int Scale { get; set; } = 1;

    [GlobalSetup]
    public void Setup() => _input = ScaledPrompts.Get(Enum.Parse<FileKind>(Format), Scale).Input;

    [Benchmark]
    public int Lint() => Linter.Lint(_input).Findings.Count;
}
