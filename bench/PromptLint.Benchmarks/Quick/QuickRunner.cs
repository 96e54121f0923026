using System.Diagnostics;
using System.Globalization;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Linting;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// <c>quick</c>: a ~30 s stopwatch run for people without time for BenchmarkDotNet. Single thread, pinned to one
/// core; prints corpus MB/s, the 1x/10x/100x scaling table and the time per adversarial input at 100 KB.
/// Options: <c>--seconds N</c> (throughput measuring time, default 8), <c>--no-pin</c> (do not pin to CPU 0),
/// <c>--skip-adversarial</c>.
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
        Console.WriteLine($"affinity: {(args.Contains("--no-pin") ? "not pinned (--no-pin)" : Measure.PinToOneCore())}");

        List<LintItem> items = CorpusLoader.Load(BenchPaths.MainCorpus);
        long bytes = CorpusLoader.TotalBytes(items);
        Console.WriteLine($"corpus:   {items.Count:N0} prompt files, {bytes:N0} bytes ({BenchPaths.MainCorpus})");
        Console.WriteLine();

        Throughput(items, bytes, seconds);
        Scaling();
        if (!args.Contains("--skip-adversarial"))
        {
            AdversarialRunner.QuickSection(size: 100_000, timeoutSeconds: 5);
        }

        Console.WriteLine($"quick run took {total.Elapsed.TotalSeconds:F1} s");
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
                $"{bytes / 1e6 / r.Median,6:F1} MB/s median, {bytes / 1e6 / r.Min,6:F1} best  alloc {r.AllocatedPerRun / (double)bytes:F1} B/input byte");
    }

    private static void Scaling()
    {
        Console.WriteLine("== 2. Scaling: one prompt per format at 1x (~10 KB), 10x (~100 KB), 100x (~1 MB) ==");
        Console.WriteLine($"{"format",-10} {"scale",5} {"bytes",11} {"ms/op",9} {"ms/MB",8} {"MB/s",7} {"alloc/B",8} {"kept/B",7} {"ms/MB vs 1x",12}");
        var worst = (Format: string.Empty, Ratio: 0.0, AllocRatio: 0.0);
        foreach (FileKind kind in Enum.GetValues<FileKind>())
        {
            double baseMsPerMB = 0, baseAlloc = 0;
            foreach (int scale in new[] { 1, 10, 100 })
            {
                LintItem item = ScaledPrompts.Get(kind, scale);
                Linter.Lint(item.Input); // warm-up
                Measure.Result r = Measure.Repeat(() => Linter.Lint(item.Input), minSeconds: scale == 100 ? 0.5 : 0.25, minRuns: scale == 100 ? 2 : 3);
                long kept = Measure.Retained(() => Linter.Lint(item.Input));
                double mb = item.Bytes.Length / 1e6;
                double msPerMB = r.Median * 1000 / mb;
                double allocPerByte = r.AllocatedPerRun / (double)item.Bytes.Length;
                if (scale == 1)
                {
                    baseMsPerMB = msPerMB;
                    baseAlloc = allocPerByte;
                }

                double ratio = msPerMB / baseMsPerMB;
                if (scale == 100 && ratio > worst.Ratio)
                {
                    worst = (kind.ToString(), ratio, allocPerByte / baseAlloc);
                }

                Console.WriteLine($"{kind,-10} {scale + "x",5} {item.Bytes.Length,11:N0} {r.Median * 1000,9:F2} {msPerMB,8:F1} {mb / r.Median,7:F1} {allocPerByte,8:F1} {kept / (double)item.Bytes.Length,7:F1} {ratio,11:F2}x");
            }
        }

        Console.WriteLine($"worst 100x/1x time-per-MB ratio: {worst.Ratio:F2}x ({worst.Format}; alloc/B ratio {worst.AllocRatio:F2}x). " +
            "~1x means linear; 10x would mean quadratic over a 100x size change.");
        Console.WriteLine();
    }
}
