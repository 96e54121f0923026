using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// BenchmarkDotNet: one operation = parse the generated project, create a fresh compilation and run (a) its
/// GetDiagnostics(), (b) that plus the empty baseline analyzer through CompilationWithAnalyzers
/// (GetAnalyzerDiagnosticsAsync), or (c) the same with PromptLintAnalyzer. Operations take seconds, so each
/// iteration is one invocation. Besides BenchmarkDotNet's wall-clock statistics, each operation's process CPU time
/// is written to artifacts/analyzer-bench/ (CPU time is far less sensitive to other load on a shared machine);
/// the `bdn` mode prints both overheads after the summary.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerCompileBenchmarks
{
    private Workload _workload = null!;
    private readonly List<double> _cpuMs = new();
    private string _method = string.Empty;

    [Params(true, false)]
    public bool SdkReferenced { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = new Workload(SdkReferenced);

    [Benchmark(Baseline = true, Description = "(a) no analyzer")]
    public Task<int> NoAnalyzer() => Run(AnalyzerKind.None, nameof(NoAnalyzer));

    [Benchmark(Description = "(b) empty analyzer")]
    public Task<int> EmptyAnalyzer() => Run(AnalyzerKind.Empty, nameof(EmptyAnalyzer));

    [Benchmark(Description = "(c) PromptLintAnalyzer")]
    public Task<int> PromptLint() => Run(AnalyzerKind.PromptLint, nameof(PromptLint));

    [GlobalCleanup]
    public void Cleanup()
    {
        // The last measurements are the workload iterations (the first ones are jitting and warm-up).
        string folder = CpuLog.Folder();
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, $"{_method}-{SdkReferenced}.txt"), _cpuMs.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<int> Run(AnalyzerKind kind, string method)
    {
        _method = method;
        TimeSpan before = QuickMode.CpuTime();
        CompileResult result = await _workload.CompileAsync(kind, logAnalyzerExecutionTime: false);
        _cpuMs.Add((QuickMode.CpuTime() - before).TotalMilliseconds);
        return result.CompilerErrors + result.AnalyzerDiagnostics;
    }
}

internal static class CpuLog
{
    public static string Folder() => Path.Combine(Paths.RepoRoot(), "artifacts", "analyzer-bench", "bdn-cpu");
}
