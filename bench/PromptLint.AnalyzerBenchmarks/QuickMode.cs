using System.Diagnostics;
using System.Globalization;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// `quick`: the same three compiles as the BenchmarkDotNet job — (a) no analyzer, (b) the empty baseline
/// analyzer, (c) PromptLintAnalyzer — timed with a Stopwatch and the process's CPU time, interleaved (a, b, c,
/// then b, c, a, …) so a change in machine load hits every column alike, after warm-up. The analyzer's own time
/// comes from Roslyn's telemetry (logAnalyzerExecutionTime: true), as `dotnet build -p:ReportAnalyzer=true`
/// reports it. Options: --reps N (10), --warmup N (2), --files N (2000), --sdk both|true|false, --shape (adds
/// the registrations-only analyzer: the cost without the syntax pre-filter), --single-pass (GetAllDiagnosticsAsync on the
/// analyzer's compilation instead of GetAnalyzerDiagnosticsAsync + compilation.GetDiagnostics(); see
/// <see cref="Workload.CompileAsync"/>).
/// </summary>
internal static class QuickMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        int reps = Cli.IntOption(args, "--reps", 10);
        int warmup = Cli.IntOption(args, "--warmup", 2);
        int files = Cli.IntOption(args, "--files", ProjectGenerator.DefaultFileCount);
        string sdkOption = Cli.StringOption(args, "--sdk") ?? "both";
        bool[] sdks = sdkOption switch { "true" => [true], "false" => [false], _ => [true, false] };
        var kinds = new List<AnalyzerKind> { AnalyzerKind.None, AnalyzerKind.Empty, AnalyzerKind.PromptLint };
        bool singlePass = args.Contains("--single-pass");
        if (args.Contains("--shape"))
        {
            kinds.Insert(2, AnalyzerKind.Shape);
        }

        Console.WriteLine($"# quick: {files} generated files, {warmup} warm-up + {reps} measured compiles per column, interleaved; analyzer compiles: {(singlePass ? "GetAllDiagnosticsAsync (single pass)" : "GetAnalyzerDiagnosticsAsync + compilation.GetDiagnostics()")}");
        Console.WriteLine($"# machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
        Console.WriteLine($"# load average at start: {LoadAverage()}");
        foreach (bool sdk in sdks)
        {
            var workload = new Workload(sdk, files);
            Console.WriteLine();
            Console.WriteLine($"## SdkReferenced = {sdk}: {workload.FileCount} files, {workload.ReferenceCount} references");
            var results = kinds.ToDictionary(k => k, _ => new List<(double Wall, double Cpu, double Analyzer, int Diagnostics)>());
            for (int i = 0; i < warmup; i++)
            {
                foreach (AnalyzerKind kind in kinds)
                {
                    await MeasureAsync(workload, kind, singlePass);
                }
            }

            for (int r = 0; r < reps; r++)
            {
                // Rotate the order each repetition so drift in load does not favour one column.
                foreach (AnalyzerKind kind in kinds.Skip(r % kinds.Count).Concat(kinds.Take(r % kinds.Count)))
                {
                    results[kind].Add(await MeasureAsync(workload, kind, singlePass));
                }

                Console.Error.Write('.');
            }

            Console.Error.WriteLine();
            Print(sdk, kinds, results);
        }

        Console.WriteLine();
        Console.WriteLine($"# load average at end: {LoadAverage()}");
        return 0;
    }

    private static async Task<(double Wall, double Cpu, double Analyzer, int Diagnostics)> MeasureAsync(Workload workload, AnalyzerKind kind, bool singlePass)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        TimeSpan cpuBefore = CpuTime();
        CompileResult result = await workload.CompileAsync(kind, logAnalyzerExecutionTime: true, singlePass);
        TimeSpan cpu = CpuTime() - cpuBefore;
        if (result.CompilerErrors > 0)
        {
            throw new InvalidOperationException($"the generated project has {result.CompilerErrors} compile errors");
        }

        return (result.Wall.TotalMilliseconds, cpu.TotalMilliseconds, result.AnalyzerTime.TotalMilliseconds, result.AnalyzerDiagnostics);
    }

    private static void Print(bool sdk, List<AnalyzerKind> kinds, Dictionary<AnalyzerKind, List<(double Wall, double Cpu, double Analyzer, int Diagnostics)>> results)
    {
        Console.WriteLine();
        Console.WriteLine("| compile | wall median ms | wall min ms | CPU median ms | CPU min ms | analyzer time (telemetry) median ms | diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (AnalyzerKind kind in kinds)
        {
            var r = results[kind];
            Console.WriteLine($"| {Label(kind)} | {Median(r.Select(x => x.Wall)):F0} | {r.Min(x => x.Wall):F0} | {Median(r.Select(x => x.Cpu)):F0} | {r.Min(x => x.Cpu):F0} | {(kind == AnalyzerKind.None ? "–" : Median(r.Select(x => x.Analyzer)).ToString("F1", CultureInfo.InvariantCulture))} | {r[0].Diagnostics} |");
        }

        double a = Median(results[AnalyzerKind.None].Select(x => x.Wall));
        double b = Median(results[AnalyzerKind.Empty].Select(x => x.Wall));
        double c = Median(results[AnalyzerKind.PromptLint].Select(x => x.Wall));
        double aCpu = Median(results[AnalyzerKind.None].Select(x => x.Cpu));
        double bCpu = Median(results[AnalyzerKind.Empty].Select(x => x.Cpu));
        double cCpu = Median(results[AnalyzerKind.PromptLint].Select(x => x.Cpu));
        double own = Median(results[AnalyzerKind.PromptLint].Select(x => x.Analyzer)) - Median(results[AnalyzerKind.Empty].Select(x => x.Analyzer));
        double target = sdk ? 2.0 : 0.1;
        Console.WriteLine();
        Console.WriteLine($"overhead of (c) over (b), wall:      {c - b,9:F1} ms = {Pct(c - b, b),7:F2}% of (b), {Pct(c - b, a),7:F2}% of (a)");
        Console.WriteLine($"overhead of (c) over (b), CPU:       {cCpu - bCpu,9:F1} ms = {Pct(cCpu - bCpu, bCpu),7:F2}% of (b), {Pct(cCpu - bCpu, aCpu),7:F2}% of (a)");
        Console.WriteLine($"analyzer's own time (telemetry):     {own,9:F1} ms = {Pct(own, b),7:F2}% of (b) wall, {Pct(own, a),7:F2}% of (a) wall");
        if (results.TryGetValue(AnalyzerKind.Shape, out var shape))
        {
            double s = Median(shape.Select(x => x.Wall));
            double sCpu = Median(shape.Select(x => x.Cpu));
            Console.WriteLine($"registrations only (shape) over (b): wall {s - b,9:F1} ms ({Pct(s - b, a):F2}% of (a)), CPU {sCpu - bCpu,9:F1} ms ({Pct(sCpu - bCpu, aCpu):F2}% of (a))");
            Console.WriteLine($"PromptLint over shape:               wall {c - s,9:F1} ms ({Pct(c - s, a):F2}% of (a)), CPU {cCpu - sCpu,9:F1} ms ({Pct(cCpu - sCpu, aCpu):F2}% of (a))");
        }

        double worst = Math.Max(Pct(cCpu - bCpu, aCpu), Math.Max(Pct(c - b, a), Pct(own, a)));
        Console.WriteLine($"target ≤ {target}%: {(worst <= target ? "met" : "NOT met")} (largest of the three estimates: {worst:F2}% of (a))");
    }

    private static string Label(AnalyzerKind kind) => kind switch
    {
        AnalyzerKind.None => "(a) no analyzer",
        AnalyzerKind.Empty => "(b) empty analyzer (baseline)",
        AnalyzerKind.Shape => "(s) registrations only",
        _ => "(c) PromptLintAnalyzer",
    };

    private static double Pct(double part, double whole) => whole <= 0 ? double.NaN : 100.0 * part / whole;

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static TimeSpan CpuTime()
    {
        using Process self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
