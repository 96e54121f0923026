using System.Diagnostics;
using System.Globalization;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Linting;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// <c>quick</c>: a ~30 s stopwatch run for people without time for BenchmarkDotNet. Single thread (<c>--pin</c> also
/// pins the process, GC threads included, to CPU 0); prints corpus MB/s, the 1x/10x/100x scaling table and the time per adversarial input at 100 KB.
/// Options: <c>--seconds N</c> (throughput measuring time, default 8), <c>--pin</c>, <c>--skip-throughput</c>,
/// <c>--skip-adversarial</c>, <c>--scales 1,10,100,300</c> and <c>--format Markdown,Prompty</c> (scaling table only for those formats).
/// </summary>
internal static class QuickRunner
{
    private const double TargetMBps = 20;

    public static int Run(string[] args)
    {
        double seconds = 8;
        int s = Array.IndexOf(args, "--seconds");
        if (s >= 0 && s + 1 < args.Length)
        {
            seconds = double.Parse(args[s + 1], CultureInfo.InvariantCulture);
        }

        var total = Stopwatch.StartNew();
        Console.WriteLine("PromptLint quick benchmark (Stopwatch, single thread; not BenchmarkDotNet)");
        Console.WriteLine($"machine:  {Measure.Machine()}");
        Console.WriteLine($"affinity: {(args.Contains("--pin") ? Measure.PinToOneCore() : "not pinned (single thread; --pin pins the process to CPU 0)")}");

        List<LintItem> items = CorpusLoader.Load(BenchPaths.MainCorpus);
        long bytes = CorpusLoader.TotalBytes(items);
        Console.WriteLine($"corpus:   {items.Count:N0} prompt files, {bytes:N0} bytes ({BenchPaths.MainCorpus})");
        Console.WriteLine();

        int[] scales = Option(args, "--scales") is { } list
            ? list.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray()
            : new[] { 1, 10, 100 };
        string? onlyFormat = Option(args, "--format");
        if (!args.Contains("--skip-throughput"))
        {
            Throughput(items, bytes, seconds);
        }

        Scaling(scales, onlyFormat);
        if (!args.Contains("--skip-adversarial"))
        {
            AdversarialRunner.QuickSection(size: 100_000, timeoutSeconds: 5);
        }

        Console.WriteLine($"quick run took {total.Elapsed.TotalSeconds:F1} s; load average now {Measure.LoadAverage()}");
        return 0;
    }

    private static void Throughput(List<LintItem> items, long bytes, double seconds)
    {
        Console.WriteLine("== 1. Throughput over the corpus (one pass = every file once) ==");
        int findings = 0;
        Action lintBytes = () =>
        {
            foreach (LintItem item in items)
            {
                findings += Linter.Lint(item.Path, item.Bytes, null, item.Companions).Findings.Count;
            }
        };
        Action readOnly = () =>
        {
            foreach (LintItem item in items)
            {
                findings += Linter.Read(item.Input)?.Messages.Count ?? 0;
            }
        };

        // One cold pass (JIT included), then warm-up passes for at least 2 s and at least one pass, then measure.
        var warm = Stopwatch.StartNew();
        Measure.Result first = Measure.Repeat(lintBytes, minSeconds: 0, minRuns: 1);
        do
        {
            lintBytes();
        }
        while (warm.Elapsed.TotalSeconds < 2);

        Console.WriteLine($"first pass (cold, JIT included): {first.Samples[0].Seconds * 1000:F0} ms = {bytes / 1e6 / first.Samples[0].Seconds:F1} MB/s");
        Measure.Result full = Measure.Repeat(lintBytes, seconds, minRuns: 3);
        Measure.Result read = Measure.Repeat(readOnly, seconds / 4, minRuns: 3);
        Report("Lint(path, bytes)", full, bytes);
        Report("Read only, no rules", read, bytes);
        double mbps = bytes / 1e6 / full.Median;
        double mibps = bytes / 1048576.0 / full.Median;
        Console.WriteLine($"target >= {TargetMBps} MB/s on one core: {(mbps >= TargetMBps ? "MET" : "MISSED")} ({mbps:F1} MB/s = {mibps:F1} MiB/s median" +
            $"{(mbps >= TargetMBps ? string.Empty : $"; {TargetMBps / mbps:F1}x short")})");
        Console.WriteLine($"(checksum {findings})");
        Console.WriteLine();

        static void Report(string label, Measure.Result r, long bytes) =>
            Console.WriteLine($"{label,-22} median {r.Median * 1000,8:F1} ms/pass (min {r.Min * 1000:F1}, max {r.Max * 1000:F1}, n={r.Samples.Count})  " +
                $"{bytes / 1e6 / r.Median,6:F1} MB/s median, {bytes / 1e6 / r.Min,6:F1} best, {bytes / 1e6 / r.MedianCpu,6:F1} by CPU time  alloc {r.AllocatedPerRun / (double)bytes:F1} B/input byte");
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static void Scaling(int[] scales, string? onlyFormat)
    {
        Console.WriteLine($"== 2. Scaling: one prompt per format at {string.Join(", ", scales.Select(x => x + "x"))} (1x ~ 10 KB) ==");
        Console.WriteLine($"{"format",-10} {"scale",5} {"bytes",11} {"ms/op",9} {"ms/MB",8} {"MB/s",7} {"alloc/B",8} {"kept/B",7} {"ms/MB vs " + scales[0] + "x",12}");
        var worst = (Format: string.Empty, Ratio: 0.0, AllocRatio: 0.0);
        foreach (FileKind kind in Enum.GetValues<FileKind>().Where(k => onlyFormat is null || onlyFormat.Split(',').Contains(k.ToString(), StringComparer.OrdinalIgnoreCase)))
        {
            double baseMsPerMB = 0, baseAlloc = 0;
            foreach (int scale in scales)
            {
                LintItem item = ScaledPrompts.Get(kind, scale);
                Linter.Lint(item.Input); // warm-up
                Measure.Result r = Measure.Repeat(() => Linter.Lint(item.Input), minSeconds: scale >= 100 ? 0.5 : 0.25, minRuns: scale >= 100 ? 2 : 3);
                long kept = Measure.Retained(() => Linter.Lint(item.Input));
                double mb = item.Bytes.Length / 1e6;
                double msPerMB = r.Median * 1000 / mb;
                double allocPerByte = r.AllocatedPerRun / (double)item.Bytes.Length;
                if (scale == scales[0])
                {
                    baseMsPerMB = msPerMB;
                    baseAlloc = allocPerByte;
                }

                double ratio = msPerMB / baseMsPerMB;
                if (scale == scales[^1] && ratio > worst.Ratio)
                {
                    worst = (kind.ToString(), ratio, allocPerByte / baseAlloc);
                }

                Console.WriteLine($"{kind,-10} {scale + "x",5} {item.Bytes.Length,11:N0} {r.Median * 1000,9:F2} {msPerMB,8:F1} {mb / r.Median,7:F1} {allocPerByte,8:F1} {kept / (double)item.Bytes.Length,7:F1} {ratio,11:F2}x");
            }
        }

        Console.WriteLine($"worst {scales[^1]}x/{scales[0]}x time-per-MB ratio: {worst.Ratio:F2}x ({worst.Format}; alloc/B ratio {worst.AllocRatio:F2}x). " +
            $"~1x means linear; quadratic code would show ~{scales[^1] / scales[0]}x.");
        Console.WriteLine();
    }
}
