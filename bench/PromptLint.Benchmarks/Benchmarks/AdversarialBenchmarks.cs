using BenchmarkDotNet.Attributes;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Benchmarks.Benchmarks;

/// <summary>
/// Time per adversarial input (see <see cref="AdversarialInputs"/>): about 1 MB each (10,000 levels for the nesting
/// cases), except the inputs <see cref="AdversarialInputs.BenchmarkSize"/> runs at 100 KB because they take far
/// too long at 1 MB; the <c>Input bytes</c> column shows the size used.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private PromptInput _input = new("x.md", string.Empty);

    public static IEnumerable<string> Cases => AdversarialInputs.All.Select(c => c.Name);

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = AdversarialInputs.All[0].Name;

    [GlobalSetup]
    public void Setup()
    {
        AdversarialInputs.Case c = AdversarialInputs.Find(Case);
        _input = new PromptInput(c.FileName, AdversarialInputs.Text(c, AdversarialInputs.BenchmarkSize(c)));
    }

    [Benchmark]
    public int Lint() => Linter.Lint(_input).Findings.Count;
}
