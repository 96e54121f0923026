using System.Diagnostics;
using System.Globalization;
using System.Text;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// Runs each adversarial input in a child process (<c>probe</c>) with a time limit, so an input that blows up is
/// reported as a timeout instead of hanging the run. The child first lints a 1/100-size copy three times (JIT and
/// tiering), then the input once and, if that took under 10 s, once more; the faster of the two is reported. Used by <c>quick</c> (one size, short limit) and by
/// <c>adversarial</c> (three sizes, to show the growth: x10 input should cost x10 time if linear).
/// </summary>
internal static class AdversarialRunner
{
    public sealed record ProbeResult(double ColdMs, double WarmMs, int Findings, long Bytes, long Allocated)
    {
        public double BestMs => WarmMs > 0 ? Math.Min(WarmMs, ColdMs) : ColdMs;
    }

    /// <summary><c>adversarial [--sizes 10000,100000,1000000] [--timeout S] [--case NAME] [--as FILE-NAME]</c>.</summary>
    public static int RunCommand(string[] args)
    {
        int[] sizes = Option(args, "--sizes") is { } sizeList
            ? sizeList.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : new[] { 10_000, 100_000, 1_000_000 };
        double timeout = Option(args, "--timeout") is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : 60;
        string? only = Option(args, "--case");
        string? fileOverride = Option(args, "--as");
        Console.WriteLine($"machine:  {Measure.Machine()}");
        Console.WriteLine($"affinity: {(args.Contains("--pin") ? Measure.PinToOneCore() : "not pinned (single thread; --pin pins to CPU 0)")} (inherited by the probe processes)");
        Console.WriteLine($"time limit per probe: {timeout:F0} s; the ratio column is time(n) / time(n / 10): ~10 is linear, ~100 quadratic");
        Console.WriteLine();
        Console.WriteLine($"{"case",-26} {"as",-20} {"n",9} {"bytes",11} {"findings",8} {"ms",10} {"ms/MB",9} {"x prev",7} {"alloc/B",8}");
        foreach (AdversarialInputs.Case c in AdversarialInputs.All.Where(c => only is null || c.Name == only))
        {
            double previous = 0;
            bool timedOut = false;
            foreach (int size in sizes)
            {
                if (timedOut)
                {
                    Console.WriteLine($"{c.Name,-26} {fileOverride ?? c.FileName,-20} {size,9:N0} {"skipped (smaller size timed out)",-40}");
                    continue;
                }

                string fileName = fileOverride ?? c.FileName;
                ProbeResult? r = Probe(c.Name, fileName, size, timeout);
                if (r is null)
                {
                    Console.WriteLine($"{c.Name,-26} {fileName,-20} {size,9:N0} {"TIMEOUT",11} {"-",8} {">" + (timeout * 1000).ToString("N0", CultureInfo.InvariantCulture),10}");
                    timedOut = true;
                    continue;
                }

                string ratio = previous > 0 ? (r.BestMs / previous).ToString("F1", CultureInfo.InvariantCulture) : "-";
                previous = r.BestMs;
                PrintRow(c, fileName, size, r, ratio);
            }
        }

        return 0;
    }

    /// <summary>The quick mode's section: every case once at <paramref name="size"/>, each within <paramref name="timeoutSeconds"/>.</summary>
    public static void QuickSection(int size, double timeoutSeconds)
    {
        Console.WriteLine($"== 3. Adversarial inputs at n = {size:N0} (one child process each, {timeoutSeconds:F0} s limit; full size: 'adversarial' command) ==");
        Console.WriteLine($"{"case",-26} {"as",-20} {"n",9} {"bytes",11} {"findings",8} {"ms",10} {"ms/MB",9} {"",7} {"alloc/B",8}");
        var slow = new List<string>();
        foreach (AdversarialInputs.Case c in AdversarialInputs.All)
        {
            ProbeResult? r = Probe(c.Name, c.FileName, size, timeoutSeconds);
            if (r is null)
            {
                Console.WriteLine($"{c.Name,-26} {c.FileName,-20} {size,9:N0} {"TIMEOUT",11} {"-",8} {">" + (timeoutSeconds * 1000).ToString("N0", CultureInfo.InvariantCulture),10}");
                slow.Add($"{c.Name} (timeout)");
                continue;
            }

            PrintRow(c, c.FileName, size, r, string.Empty);
            if (r.BestMs / (r.Bytes / 1e6) > 1000 / 20.0 * 4)
            {
                slow.Add($"{c.Name} ({r.Bytes / 1e6 / (r.BestMs / 1000):F2} MB/s)");
            }
        }

        Console.WriteLine(slow.Count == 0
            ? "no adversarial input ran slower than 5 MB/s"
            : "slower than 5 MB/s (a quarter of the 20 MB/s target): " + string.Join(", ", slow));
        Console.WriteLine();
    }

    private static void PrintRow(AdversarialInputs.Case c, string fileName, int size, ProbeResult r, string ratio) =>
        Console.WriteLine($"{c.Name,-26} {fileName,-20} {size,9:N0} {r.Bytes,11:N0} {r.Findings,8:N0} {r.BestMs,10:F1} {r.BestMs / (r.Bytes / 1e6),9:F1} {ratio,7} {r.Allocated / (double)r.Bytes,8:F1}");

    /// <summary>Starts <c>probe</c> in a child process; null when it did not finish in time (the child is killed).</summary>
    public static ProbeResult? Probe(string name, string fileName, int size, double timeoutSeconds)
    {
        string self = typeof(Program).Assembly.Location;
        string host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(self);
        }

        foreach (string a in new[] { "probe", name, "--file", fileName, "--size", size.ToString(CultureInfo.InvariantCulture), "--machine-readable" })
        {
            start.ArgumentList.Add(a);
        }

        using Process child = Process.Start(start)!;
        Task<string> output = child.StandardOutput.ReadToEndAsync();
        Task<string> error = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            return null;
        }

        string line = output.Result.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"probe {name} failed (exit {child.ExitCode}): {error.Result}{output.Result}");
        string[] f = line.Split(' ');
        return new ProbeResult(
            double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture),
            int.Parse(f[3], CultureInfo.InvariantCulture), long.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture));
    }

    /// <summary>The child side: <c>probe NAME [--file F] [--size N] [--machine-readable]</c>.</summary>
    public static int ProbeCommand(string[] args)
    {
        AdversarialInputs.Case c = AdversarialInputs.Find(args[0]);
        string name = Option(args, "--file") ?? c.FileName;
        int size = Option(args, "--size") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : AdversarialInputs.Size;
        string text = AdversarialInputs.Text(c, size);
        var input = new PromptInput(name, text);

        // Warm the code paths this input takes on a 1/100-size copy of it (JIT, tiering), so "cold" is mostly the input itself.
        var small = new PromptInput(name, AdversarialInputs.Text(c, Math.Max(1_000, size / 100)));
        for (int i = 0; i < 3; i++)
        {
            Linter.Lint(small);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        int findings = Linter.Lint(input).Findings.Count;
        double cold = sw.Elapsed.TotalMilliseconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        double warm = 0;
        if (cold < 10_000)
        {
            sw.Restart();
            Linter.Lint(input);
            warm = sw.Elapsed.TotalMilliseconds;
        }

        long bytes = Encoding.UTF8.GetByteCount(text);
        if (args.Contains("--machine-readable"))
        {
            Console.WriteLine(FormattableString.Invariant($"RESULT {cold:F3} {warm:F3} {findings} {bytes} {allocated}"));
        }
        else
        {
            Console.WriteLine($"{c.Name} as {name}: {bytes:N0} bytes, {findings:N0} findings, cold {cold:F1} ms, warm {(warm > 0 ? warm.ToString("F1", CultureInfo.InvariantCulture) + " ms" : "-")}, allocated {allocated:N0} bytes");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
