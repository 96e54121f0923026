using System.Diagnostics;
using System.Globalization;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Configuration;
using PromptLint.Datasets;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// <c>dataset [--mb 2,20,200]</c>: lints generated JSONL files of each size once in this process and prints time,
/// MB/s, examples, findings, bytes allocated and the peak working set, so "bounded memory" is a number.
/// Run each size in its own process for a clean peak: <c>dataset --mb 200</c>.
/// </summary>
internal static class DatasetRunner
{
    public static int Run(string[] args)
    {
        int[] sizes = { 2, 20, 200 };
        int at = Array.IndexOf(args, "--mb");
        if (at >= 0 && at + 1 < args.Length)
        {
            sizes = args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        }

        Console.WriteLine("| file | examples | findings | time (s) | MB/s | allocated (MB) | peak working set (MB) | GC heap after (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int mb in sizes)
        {
            string path = DatasetGenerator.Ensure(mb);
            long bytes = new FileInfo(path).Length;
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            DatasetReport report;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                report = DatasetLinter.Lint(path, stream, task: FineTuneTask.Classification);
            }

            sw.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            long heapWithReport = GC.GetTotalMemory(forceFullCollection: true);
            Process self = Process.GetCurrentProcess();
            self.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(path)} ({bytes / 1_000_000.0:0.0} MB) | {report.Examples:N0} | {report.Findings.Count} | {sw.Elapsed.TotalSeconds:0.00} | {bytes / 1_000_000.0 / sw.Elapsed.TotalSeconds:0.0} | {allocated / 1_000_000.0:0} | {self.PeakWorkingSet64 / 1_000_000.0:0} | {heapWithReport / 1_000_000.0:0.0} |"));
            GC.KeepAlive(report);
        }

        return 0;
    }
}
