using System.Diagnostics;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Benchmarks.Quick;

/// <summary>
/// <c>profile</c>: a stopwatch breakdown of where Core spends its time, using only the public API. Decode
/// (<see cref="InputDecoder"/>), read (<see cref="Linter.Read"/>: readers, template scanner, example detection done
/// while reading), then each rule alone (<see cref="Linter.Lint(PromptDocument, LintSettings)"/> on a freshly read
/// document with every other rule set to none). Analysis a rule computes lazily on the document is charged to every
/// rule that needs it, so the rule rows can add up to more than the full run. Also per format and per file.
/// Options: <c>--scaled</c> profiles the 100x (~1 MB) scaled prompts instead of the corpus.
/// </summary>
internal static class ProfileRunner
{
    public static int Run(string[] args)
    {
        Console.WriteLine($"machine:  {Measure.Machine()}");
        Console.WriteLine($"affinity: {(args.Contains("--pin") ? Measure.PinToOneCore() : "not pinned (single thread; --pin pins to CPU 0)")}");
        List<LintItem> items = args.Contains("--scaled")
            ? Enum.GetValues<FileKind>().Select(k => ScaledPrompts.Get(k, 100)).ToList()
            : CorpusLoader.Load(BenchPaths.MainCorpus);
        long bytes = CorpusLoader.TotalBytes(items);
        Console.WriteLine($"inputs:   {items.Count:N0} files, {bytes:N0} bytes");

        // Warm up every path once, then a little more.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3)
        {
            foreach (LintItem item in items)
            {
                Linter.Lint(item.Path, item.Bytes, null, item.Companions);
            }
        }

        const int passes = 3;
        double full = Best(passes, () => Each(items, i => Linter.Lint(i.Path, i.Bytes, null, i.Companions)));
        double decode = Best(passes, () => Each(items, i => InputDecoder.TryDecode(i.Path, i.Bytes, LintSettings.Default, out _, out _)));
        double read = Best(passes, () => Each(items, i => Linter.Read(i.Input)));

        LintSettings none = LintSettings.Default;
        foreach (RuleDescriptor rule in RuleCatalog.All)
        {
            none = none.WithSeverity(rule.Id, Severity.None);
        }

        var rows = new List<(string Name, double Seconds)>
        {
            ("full Lint(path, bytes)", full),
            ("decode (UTF-8 check)", decode),
            ("read (Linter.Read)", read),
            ("Lint(document), all rules off", RulesOnly(items, none, passes)),
        };

        foreach (RuleDescriptor rule in RuleCatalog.All)
        {
            Severity severity = rule.DefaultSeverity == Severity.None ? Severity.Warning : rule.DefaultSeverity;
            LintSettings only = none.WithSeverity(rule.Id, severity);
            rows.Add(($"rule {rule.Id} alone ({Truncate(rule.Title, 40)})", RulesOnly(items, only, passes)));
        }

        Console.WriteLine();
        Console.WriteLine($"{"phase",-70} {"ms",9} {"% of full",9} {"MB/s alone",10}");
        foreach ((string name, double seconds) in rows)
        {
            Console.WriteLine($"{name,-70} {seconds * 1000,9:F1} {seconds / full * 100,8:F1}% {bytes / 1e6 / seconds,10:F1}");
        }

        Console.WriteLine();
        Console.WriteLine("== full lint by format ==");
        foreach (IGrouping<PromptFormat, LintItem> group in items.GroupBy(i => i.Format).OrderBy(g => g.Key))
        {
            LintItem[] formatItems = group.ToArray();
            long formatBytes = formatItems.Sum(i => (long)i.Bytes.Length);
            double t = Best(passes, () => Each(formatItems, i => Linter.Lint(i.Path, i.Bytes, null, i.Companions)));
            double r = Best(passes, () => Each(formatItems, i => Linter.Read(i.Input)));
            Console.WriteLine($"{group.Key,-20} {formatItems.Length,5} files {formatBytes,12:N0} bytes  full {t * 1000,8:F1} ms ({formatBytes / 1e6 / t,6:F1} MB/s)  read {r * 1000,8:F1} ms ({r / t * 100,5:F1}%)");
        }

        Console.WriteLine();
        Console.WriteLine("== slowest files (MB/s), full lint ==");
        var perFile = items.Select(i => (Item: i, Seconds: Best(5, () => Linter.Lint(i.Path, i.Bytes, null, i.Companions))))
            .OrderBy(p => p.Item.Bytes.Length / p.Seconds)
            .Take(8);
        foreach ((LintItem item, double seconds) in perFile)
        {
            Console.WriteLine($"{item.Path,-60} {item.Bytes.Length,9:N0} bytes {seconds * 1000,8:F2} ms {item.Bytes.Length / 1e6 / seconds,7:F1} MB/s");
        }

        return 0;
    }

    private static double RulesOnly(List<LintItem> items, LintSettings settings, int passes)
    {
        double best = double.MaxValue;
        for (int p = 0; p < passes; p++)
        {
            double total = 0;
            foreach (LintItem item in items)
            {
                PromptDocument? document = Linter.Read(item.Input);
                if (document is null)
                {
                    continue;
                }

                long start = Stopwatch.GetTimestamp();
                Linter.Lint(document, settings);
                total += (Stopwatch.GetTimestamp() - start) / (double)Stopwatch.Frequency;
            }

            best = Math.Min(best, total);
        }

        return best;
    }

    private static void Each(IEnumerable<LintItem> items, Action<LintItem> action)
    {
        foreach (LintItem item in items)
        {
            action(item);
        }
    }

    private static double Best(int passes, Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < passes; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, (Stopwatch.GetTimestamp() - start) / (double)Stopwatch.Frequency);
        }

        return best;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1) + "…";
}
