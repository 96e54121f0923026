using System.Diagnostics;
using BenchmarkDotNet.Running;
using PromptLint.Benchmarks.Benchmarks;
using PromptLint.Benchmarks.Corpus;
using PromptLint.Benchmarks.Quick;

namespace PromptLint.Benchmarks;

/// <summary>
/// <c>generate</c> writes the corpora; <c>quick</c> is a ~30 s stopwatch run; <c>profile</c> breaks time down by
/// phase and rule; <c>adversarial</c> times each adversarial input at three sizes in child processes with a time
/// limit; <c>probe NAME</c> lints one adversarial input; anything else goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string command = args.Length > 0 ? args[0] : string.Empty;
        switch (command)
        {
            case "generate":
                Generate();
                return 0;
            case "quick":
                EnsureCorpus();
                return QuickRunner.Run(args.Skip(1).ToArray());
            case "profile":
                EnsureCorpus();
                return ProfileRunner.Run(args.Skip(1).ToArray());
            case "adversarial":
                return AdversarialRunner.RunCommand(args.Skip(1).ToArray());
            case "probe":
                return AdversarialRunner.ProbeCommand(args.Skip(1).ToArray());
            case "scale":
                return ScaleRunner.Run(args.Skip(1).ToArray());
            case "dataset":
                return DatasetRunner.Run(args.Skip(1).ToArray());
            case "help" or "-h" or "--help" when args.Length == 1:
                Console.WriteLine("usage: PromptLint.Benchmarks generate | quick [--seconds N] [--pin] [--skip-throughput] [--skip-adversarial] [--scales 1,10,100] [--format F,G]");
                Console.WriteLine("       | profile [--scaled] [--pin] | adversarial [--sizes a,b,c] [--timeout S] [--case NAME] [--as FILE-NAME] [--pin]");
                Console.WriteLine("       | probe CASE [--file NAME] [--size N] | dataset [--mb 2,20,200]");
                Console.WriteLine("       | scale [--cli PATH] [--counts 1000,3000,10000] [--runs 3] [--dir D] [--skip-task] | <BenchmarkDotNet arguments>");
                Console.WriteLine("  BenchmarkDotNet example: --filter '*' --job short");
                return 0;
            default:
                EnsureCorpus();
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
                return 0;
        }
    }

    /// <summary>Generates both corpora if they are missing (the throughput benchmark and the quick mode need them).</summary>
    private static void EnsureCorpus()
    {
        if (!Directory.Exists(BenchPaths.MainCorpus) || !Directory.Exists(BenchPaths.CliCorpus))
        {
            Generate();
        }
    }

    private static void Generate()
    {
        var sw = Stopwatch.StartNew();
        foreach (CorpusGenerator.Result r in new[] { CorpusGenerator.GenerateMain(BenchPaths.MainCorpus), CorpusGenerator.GenerateCli(BenchPaths.CliCorpus) })
        {
            List<LintItem> items = CorpusLoader.Load(r.Folder);
            Console.WriteLine($"{r.Folder}: {r.GeneratedPrompts} generated prompts + {r.ExampleFiles} example files copied; " +
                $"{items.Count} prompt files ({CorpusLoader.TotalBytes(items):N0} bytes) as the CLI selects them");
            foreach (var group in items.GroupBy(i => i.Format).OrderBy(g => g.Key))
            {
                Console.WriteLine($"  {group.Key,-20} {group.Count(),5} files {group.Sum(i => (long)i.Bytes.Length),12:N0} bytes");
            }

            int[] sizes = items.Select(i => i.Bytes.Length).OrderBy(s => s).ToArray();
            Console.WriteLine($"  size: min {sizes[0]:N0}, median {sizes[sizes.Length / 2]:N0}, p90 {sizes[sizes.Length * 9 / 10]:N0}, max {sizes[^1]:N0} bytes");
        }

        Console.WriteLine($"generated in {sw.Elapsed.TotalSeconds:F1} s");
    }
}
