using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// `bdn` (the default): AnalyzerCompileBenchmarks with a short job — one launch, one warm-up and --iterations
/// (default 5) measured iterations of one invocation each — then the overheads of (c) over (b) from the means
/// (wall clock) and from the per-operation CPU times the benchmark process logged.
/// </summary>
internal static class BdnMode
{
    public static int Run(string[] args)
    {
        int iterations = Cli.IntOption(args, "--iterations", 5);
        string logFolder = CpuLog.Folder();
        if (Directory.Exists(logFolder))
        {
            Directory.Delete(logFolder, recursive: true);
        }

        Job job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId($"Short-{iterations}it");
        IConfig config = DefaultConfig.Instance.AddJob(job)
            .WithArtifactsPath(Path.Combine(Paths.RepoRoot(), "artifacts", "analyzer-bench", "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        Summary summary = BenchmarkRunner.Run<AnalyzerCompileBenchmarks>(config);

        Console.WriteLine();
        Console.WriteLine("## Overhead of (c) PromptLintAnalyzer over (b) the empty baseline");
        Console.WriteLine("| SdkReferenced | (a) mean s | (b) mean s | (c) mean s | (c)−(b) wall | % of (b) | % of (a) | (a) CPU s | (b) CPU s | (c) CPU s | (c)−(b) CPU | % of (a) CPU | target |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (bool sdk in new[] { true, false })
        {
            double Mean(string method) => summary.Reports
                .Where(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && (bool)r.BenchmarkCase.Parameters["SdkReferenced"] == sdk)
                .Select(r => r.ResultStatistics?.Mean / 1e9 ?? double.NaN).FirstOrDefault(double.NaN);
            double Cpu(string method)
            {
                string file = Path.Combine(logFolder, $"{method}-{sdk}.txt");
                if (!File.Exists(file))
                {
                    return double.NaN;
                }

                double[] values = File.ReadAllLines(file).Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                return QuickMode.Median(values.Skip(Math.Max(0, values.Length - iterations))) / 1000;
            }

            double a = Mean(nameof(AnalyzerCompileBenchmarks.NoAnalyzer)), b = Mean(nameof(AnalyzerCompileBenchmarks.EmptyAnalyzer)), c = Mean(nameof(AnalyzerCompileBenchmarks.PromptLint));
            double aCpu = Cpu(nameof(AnalyzerCompileBenchmarks.NoAnalyzer)), bCpu = Cpu(nameof(AnalyzerCompileBenchmarks.EmptyAnalyzer)), cCpu = Cpu(nameof(AnalyzerCompileBenchmarks.PromptLint));
            double target = sdk ? 2.0 : 0.1;
            double worst = Math.Max(100 * (c - b) / a, 100 * (cCpu - bCpu) / aCpu);
            Console.WriteLine($"| {sdk} | {a:F2} | {b:F2} | {c:F2} | {c - b:F2} s | {100 * (c - b) / b:F1}% | {100 * (c - b) / a:F1}% | {aCpu:F2} | {bCpu:F2} | {cCpu:F2} | {cCpu - bCpu:F2} s | {100 * (cCpu - bCpu) / aCpu:F1}% | ≤ {target}%: {(worst <= target ? "met" : "NOT met")} |");
        }

        return 0;
    }
}
