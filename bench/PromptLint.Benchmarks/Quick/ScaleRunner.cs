using System.Diagnostics;
using System.Globalization;
using PromptLint.Benchmarks.Corpus;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// <c>scale --cli PATH [--counts 1000,3000,10000] [--runs 3] [--dir D]</c>: generates N prompt files of every format
/// (the corpus generator, fixed seed) under a temporary folder for each N, then prints two curves: the CLI's wall time,
/// CPU time and peak RSS linting the folder (a child process under <c>/usr/bin/time</c>, median of the runs), and the
/// MSBuild task's full lint, its replay when nothing changed and its run after one file changed (in this process).
/// </summary>
internal static class ScaleRunner
{
    private const int Seed = 20261207;

    public static int Run(string[] args)
    {
        int[] counts = Option(args, "--counts", "1000,3000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        int runs = int.Parse(Option(args, "--runs", "3"), CultureInfo.InvariantCulture);
        string root = Path.GetFullPath(Option(args, "--dir", Path.Combine(Path.GetTempPath(), "promptlint-scale")));
        string? cli = OptionOrNull(args, "--cli");
        if (cli is not null && !File.Exists(cli))
        {
            Console.Error.WriteLine($"no CLI at {cli}: publish it first (dotnet publish src/PromptLint.Cli -c Release -r linux-x64)");
            return 2;
        }

        var folders = counts.ToDictionary(n => n, n => Generate(root, n));
        if (cli is not null)
        {
            PrintCliCurve(cli, folders, runs);
        }

        if (!args.Contains("--skip-task"))
        {
            TaskReplay.PrintCurve(folders, runs);
        }

        return 0;
    }

    private static string Generate(string root, int count)
    {
        string folder = Path.Combine(root, count.ToString(CultureInfo.InvariantCulture));
        CorpusGenerator.Result r = CorpusGenerator.Generate(folder, generated: count, exampleCopies: 0, seed: Seed);
        Console.WriteLine($"{folder}: {r.GeneratedPrompts:N0} prompts, {r.FilesWritten:N0} files, {r.BytesWritten / 1_000_000.0:0.0} MB");
        return folder;
    }

    private static void PrintCliCurve(string cli, Dictionary<int, string> folders, int runs)
    {
        Console.WriteLine();
        Console.WriteLine($"CLI `{Path.GetFileName(cli)} lint FOLDER --format json`, median of {runs} runs after one warm-up");
        Console.WriteLine("| prompts | wall (s) | CPU user+sys (s) | peak RSS (MiB) | wall per 1,000 prompts (s) | RSS per 1,000 prompts (MiB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach ((int count, string folder) in folders)
        {
            RunCli(cli, folder);
            List<(double Wall, double Cpu, double RssKb)> samples = Enumerable.Range(0, runs).Select(_ => RunCli(cli, folder)).ToList();
            double wall = Median(samples.Select(s => s.Wall));
            double cpu = Median(samples.Select(s => s.Cpu));
            double rss = Median(samples.Select(s => s.RssKb)) / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} | {wall:0.00} | {cpu:0.00} | {rss:0} | {wall * 1000 / count:0.000} | {rss * 1000 / count:0.0} |"));
        }
    }

    /// <summary>One CLI run under <c>/usr/bin/time</c>: elapsed wall seconds, user+sys seconds and maximum RSS in KiB.</summary>
    private static (double Wall, double Cpu, double RssKb) RunCli(string cli, string folder)
    {
        string report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-f", "%e %U %S %M", "-o", report, cli, "lint", folder, "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        using (Process process = Process.Start(start)!)
        {
            Task<string> errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            process.WaitForExit();
            errors.Wait();
        }

        string[] f = File.ReadAllLines(report).Last().Split(' ');
        File.Delete(report);
        double Parse(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return (Parse(0), Parse(1) + Parse(2), Parse(3));
    }

    internal static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Option(string[] args, string name, string fallback) => OptionOrNull(args, name) ?? fallback;

    private static string? OptionOrNull(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
