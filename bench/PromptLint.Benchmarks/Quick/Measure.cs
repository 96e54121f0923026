using System.Diagnostics;
using System.Runtime;

namespace PromptLint.Benchmarks.Quick;

/// <summary>Stopwatch measurement for the quick and profile modes: repeat an action, keep every sample.</summary>
internal static class Measure
{
    /// <summary>Wall time, process CPU time (all threads: the work, GC and JIT), and bytes allocated by this thread.</summary>
    public readonly record struct Sample(double Seconds, double CpuSeconds, long AllocatedBytes);

    public sealed record Result(IReadOnlyList<Sample> Samples)
    {
        public double Median => Percentile(0.5);

        public double Min => Samples.Min(s => s.Seconds);

        public double Max => Samples.Max(s => s.Seconds);

        public long AllocatedPerRun => (long)Samples.Average(s => (double)s.AllocatedBytes);

        /// <summary>Median process CPU time per run: less sensitive than wall time to other processes on a shared machine.</summary>
        public double MedianCpu => Samples.Select(s => s.CpuSeconds).OrderBy(s => s).ElementAt(Samples.Count / 2);

        private double Percentile(double p)
        {
            double[] sorted = Samples.Select(s => s.Seconds).OrderBy(s => s).ToArray();
            return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
        }
    }

    /// <summary>Runs <paramref name="action"/> at least <paramref name="minRuns"/> times and until <paramref name="minSeconds"/> have passed (at most <paramref name="maxRuns"/>).</summary>
    public static Result Repeat(Action action, double minSeconds, int minRuns = 3, int maxRuns = 10_000)
    {
        var samples = new List<Sample>();
        var total = Stopwatch.StartNew();
        while (samples.Count < minRuns || (total.Elapsed.TotalSeconds < minSeconds && samples.Count < maxRuns))
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            TimeSpan cpuBefore = CpuTime();
            long start = Stopwatch.GetTimestamp();
            action();
            long end = Stopwatch.GetTimestamp();
            TimeSpan cpuAfter = CpuTime();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            samples.Add(new Sample((end - start) / (double)Stopwatch.Frequency, (cpuAfter - cpuBefore).TotalSeconds, allocated));
        }

        return new Result(samples);
    }

    private static TimeSpan CpuTime()
    {
        using Process self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Bytes still reachable from what <paramref name="create"/> returns (the document model a host keeps).</summary>
    public static long Retained(Func<object?> create)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        object? kept = create();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return Math.Max(0, after - before);
    }

    public static string Machine()
    {
        string cpu = "unknown CPU";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
            }
        }
        catch (IOException)
        {
        }

        return $"{cpu}; {Environment.ProcessorCount} logical cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; " +
            $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}; GC {(GCSettings.IsServerGC ? "server" : "workstation")}; load average {LoadAverage()}";
    }

    /// <summary>The 1-minute load average (Linux), to judge how busy a shared machine was during the run.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>Pins the process to CPU 0 so the run (and the GC's own threads) use one core. Best effort.</summary>
    public static string PinToOneCore()
    {
        try
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            {
                Process.GetCurrentProcess().ProcessorAffinity = 1;
                return "pinned to CPU 0 (process affinity 0x1)";
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            return "not pinned (" + e.Message + ")";
        }

        return "not pinned (affinity unsupported on this OS)";
    }
}
