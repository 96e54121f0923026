using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// `gen`: writes the generated project to disk, twice — <c>sdk/</c> (PackageReferences to OpenAI and
/// Microsoft.Extensions.AI.Abstractions) and <c>nosdk/</c> — under --out (default /tmp/promptlint-analyzer-bench),
/// and copies the analyzer (artifacts/bin Release build, with Core and YamlDotNet) to <c>analyzers/current/</c>, so
/// a rebuild of the repository during a run does not change what is measured. --baseline DIR copies another build
/// (a folder holding PromptLint.Analyzers.dll and PromptLint.Core.dll) to <c>analyzers/baseline/</c>.
/// `build`: generates, restores, then runs for each project `dotnet build --no-restore --no-incremental
/// -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary`
/// without the analyzer and with each analyzer build (-p:PromptLintAnalyzer=true -p:PromptLintAnalyzerDir=…),
/// --reps times (default 3), in an order that rotates each repetition, and reads from each log the Csc task time,
/// the compiler's "Total analyzer execution time" and the line for PromptLint.Analyzers.PromptLintAnalyzer; on
/// Linux also the CPU time of the whole build process tree (getrusage(RUSAGE_CHILDREN): MSBuild reaps csc, this
/// program reaps MSBuild), which a busy machine distorts far less than wall time. --sdk both|true|false picks the
/// projects. Logs stay beside the projects.
/// </summary>
internal static class RealBuild
{
    private const string DefaultOut = "/tmp/promptlint-analyzer-bench";
    private const string None = "none";

    public static int Generate(string[] args)
    {
        string output = Path.GetFullPath(Cli.StringOption(args, "--out") ?? DefaultOut);
        int files = Cli.IntOption(args, "--files", ProjectGenerator.DefaultFileCount);
        string[] current = AnalyzerDlls();
        CopyAnalyzer(current, Path.Combine(output, "analyzers", "current"));
        if (Cli.StringOption(args, "--baseline") is { } baseline)
        {
            string[] fromBaseline = ProjectGenerator.AnalyzerFiles.Select(f => Path.Combine(baseline, f)).Select((f, i) => File.Exists(f) ? f : current[i]).ToArray();
            CopyAnalyzer(fromBaseline, Path.Combine(output, "analyzers", "baseline"));
        }

        foreach (bool sdk in new[] { true, false })
        {
            string folder = Path.Combine(output, sdk ? "sdk" : "nosdk");
            ProjectGenerator.WriteProject(folder, sdk, Path.Combine(output, "analyzers", "current"), files);
            Console.WriteLine($"wrote {folder}/Generated.csproj ({files} files, SDK referenced: {sdk})");
        }

        Console.WriteLine($"analyzer builds: {string.Join(", ", Directory.EnumerateDirectories(Path.Combine(output, "analyzers")).Select(Path.GetFileName))} (from {string.Join(";", current)})");
        return 0;
    }

    public static int Run(string[] args)
    {
        string output = Path.GetFullPath(Cli.StringOption(args, "--out") ?? DefaultOut);
        int reps = Cli.IntOption(args, "--reps", 3);
        bool[] sdks = (Cli.StringOption(args, "--sdk") ?? "both") switch { "true" => [true], "false" => [false], _ => [true, false] };
        if (Generate(args) != 0)
        {
            return 1;
        }

        string[] variants = Cli.StringOption(args, "--baseline") is null ? [None, "current"] : [None, "baseline", "current"];
        Console.WriteLine($"# dotnet {Dotnet("--version").Trim()}, {Environment.ProcessorCount} logical CPUs, load average {QuickMode.LoadAverage()}");
        foreach (bool sdk in sdks)
        {
            string project = Path.Combine(output, sdk ? "sdk" : "nosdk", "Generated.csproj");
            var restore = Exec($"restore \"{project}\" -nodeReuse:false", Path.Combine(output, sdk ? "sdk" : "nosdk", "restore.log"));
            if (restore.ExitCode != 0)
            {
                Console.Error.WriteLine($"restore failed, see {Path.Combine(output, sdk ? "sdk" : "nosdk", "restore.log")}");
                return 1;
            }
        }

        var results = new List<BuildResult>();
        for (int r = 0; r < reps; r++)
        {
            foreach (bool sdk in sdks)
            {
                // Rotate the order each repetition so drift in machine load does not favour one variant.
                foreach (string variant in variants.Skip(r % variants.Length).Concat(variants.Take(r % variants.Length)))
                {
                    string folder = Path.Combine(output, sdk ? "sdk" : "nosdk");
                    string log = Path.Combine(folder, $"build-{variant}-{r + 1}.log");
                    string analyzer = variant == None ? "-p:PromptLintAnalyzer=false" : $"-p:PromptLintAnalyzer=true \"-p:PromptLintAnalyzerDir={Path.Combine(output, "analyzers", variant)}\"";
                    var run = Exec($"build \"{Path.Combine(folder, "Generated.csproj")}\" -c Release --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true {analyzer} -v:detailed -clp:PerformanceSummary", log);
                    BuildResult result = Parse(sdk, variant, r + 1, run.Wall, run.ExitCode, File.ReadAllText(log), log) with { CpuS = run.Cpu.TotalSeconds };
                    results.Add(result);
                    Console.WriteLine($"  SDK={sdk,-5} analyzer={variant,-8} run {r + 1}: build {result.Wall.TotalSeconds:F1} s (CPU {result.CpuS:F1} s), Csc {result.CscMs / 1000:F2} s, all analyzers {result.AllAnalyzersS:F3} s, PromptLint {result.PromptLintS:F3} s, PL warnings {result.PlWarnings}, exit {result.ExitCode} (load {QuickMode.LoadAverage()})");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("| SDK referenced | analyzer | Csc median s | PromptLintAnalyzer (ReportAnalyzer) median s | % of Csc without analyzer | build CPU median s | CPU over none | PL warnings |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (bool sdk in sdks)
        {
            double cscNone = QuickMode.Median(results.Where(x => x.Sdk == sdk && x.Variant == None).Select(x => x.CscMs / 1000));
            double cpuNone = QuickMode.Median(results.Where(x => x.Sdk == sdk && x.Variant == None).Select(x => x.CpuS));
            foreach (string variant in variants)
            {
                var runs = results.Where(x => x.Sdk == sdk && x.Variant == variant).ToList();
                double csc = QuickMode.Median(runs.Select(x => x.CscMs / 1000));
                double own = QuickMode.Median(runs.Select(x => x.PromptLintS));
                double cpu = QuickMode.Median(runs.Select(x => x.CpuS));
                Console.WriteLine($"| {sdk} | {variant} | {csc:F2} | {own:F3} | {100 * own / cscNone:F2}% | {cpu:F1} | {cpu - cpuNone:+0.0;-0.0} s ({100 * (cpu - cpuNone) / cpuNone:+0.0;-0.0}%) | {runs.Max(x => x.PlWarnings)} |");
            }
        }

        return results.All(x => x.ExitCode == 0) ? 0 : 1;
    }

    private sealed record BuildResult(bool Sdk, string Variant, int Run, TimeSpan Wall, int ExitCode, double CscMs, double AllAnalyzersS, double PromptLintS, int PlWarnings, double CpuS = double.NaN);

    private static BuildResult Parse(bool sdk, string variant, int run, TimeSpan wall, int exitCode, string log, string logPath)
    {
        // Task Performance Summary: "    12345 ms  Csc                                        1 calls"
        Match csc = Regex.Match(log, @"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);
        Match total = Regex.Match(log, @"Total analyzer execution time: (?<s>[\d.,]+) seconds");
        // ReportAnalyzer rows: "   0.123    4      PromptLint.Analyzers.PromptLintAnalyzer (PL0001, …)"; "<0.001" for tiny times.
        Match own = Regex.Match(log, @"^\s*(?<s><?[\d.,]+)\s+<?\d+\s+PromptLint\.Analyzers\.PromptLintAnalyzer\b", RegexOptions.Multiline);
        // MSBuild prints each warning twice (as it happens and in the summary): count distinct file(line,col) + id.
        int warnings = Regex.Matches(log, @"(?<at>[^\s>]+\(\d+,\d+\)): warning (?<id>PL\d{4})").Select(m => m.Groups["at"].Value + m.Groups["id"].Value).Distinct().Count();
        if (!csc.Success)
        {
            Console.Error.WriteLine($"no Csc line in the performance summary of {logPath}");
        }

        if (variant != None && !own.Success)
        {
            Console.Error.WriteLine($"no PromptLintAnalyzer line in the ReportAnalyzer output of {logPath}");
        }

        return new BuildResult(sdk, variant, run, wall, exitCode,
            csc.Success ? double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture) : double.NaN,
            total.Success ? Seconds(total.Groups["s"].Value) : double.NaN,
            own.Success ? Seconds(own.Groups["s"].Value) : variant != None ? double.NaN : 0,
            warnings);
    }

    private static double Seconds(string text) => text.StartsWith('<') ? 0 : double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);

    private static void CopyAnalyzer(string[] files, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in files)
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>The Release build of the analyzer and what it loads: PromptLint.Analyzers, PromptLint.Core, YamlDotNet (in <see cref="ProjectGenerator.AnalyzerFiles"/> order).</summary>
    private static string[] AnalyzerDlls()
    {
        string bin = Path.Combine(Paths.RepoRoot(), "artifacts", "bin");
        string analyzers = Path.Combine(bin, "PromptLint.Analyzers", "release", "PromptLint.Analyzers.dll");
        string core = Path.Combine(bin, "PromptLint.Core", "release_netstandard2.0", "PromptLint.Core.dll"); // Core is multi-targeted; the analyzer loads netstandard2.0
        if (!File.Exists(analyzers) || !File.Exists(core))
        {
            throw new InvalidOperationException($"build the analyzer first: dotnet build -c Release src/PromptLint.Analyzers ({analyzers})");
        }

        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string version = ProjectGenerator.PackageVersion("YamlDotNet");
        string yaml = Path.Combine(packages, "yamldotnet", version, "lib", "netstandard2.0", "YamlDotNet.dll");
        if (!File.Exists(yaml))
        {
            throw new InvalidOperationException($"YamlDotNet {version} not found at {yaml}");
        }

        return [analyzers, core, yaml];
    }

    private static string Dotnet(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    private static (int ExitCode, TimeSpan Wall, TimeSpan Cpu) Exec(string arguments, string logPath)
    {
        TimeSpan cpuBefore = ChildrenCpu();
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var stopwatch = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        File.WriteAllText(logPath, stdout + stderr.Result);
        return (process.ExitCode, stopwatch.Elapsed, ChildrenCpu() - cpuBefore);
    }

    /// <summary>User + system CPU time of this process's terminated and reaped descendants (Linux / macOS); NaN elsewhere.</summary>
    private static TimeSpan ChildrenCpu()
    {
        if (OperatingSystem.IsWindows())
        {
            return TimeSpan.Zero;
        }

        var usage = new RUsage();
        if (getrusage(-1 /* RUSAGE_CHILDREN */, ref usage) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromTicks((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond + (usage.UserMicroseconds + usage.SystemMicroseconds) * 10);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, ref RUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private readonly long _r0, _r1, _r2, _r3, _r4, _r5, _r6, _r7, _r8, _r9, _r10, _r11, _r12, _r13;
    }
}
