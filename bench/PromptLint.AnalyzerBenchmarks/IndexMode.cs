using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// `index`: the cost of the project prompt index behind PL5007–PL5009 (issue #22). --files N (500) Prompty files
/// as AdditionalFiles and as many <c>File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "prompts", …))</c>
/// call sites (every --missing-every K-th (10; 0: none) path misspelt: a PL5009), --per-file M (10) per C# file, compiled with PromptLintAnalyzer
/// twice: with <c>build_property.ProjectDir</c> (the index is built, every prompt file indexed, every path looked up)
/// and without it (the index is empty, nothing is resolved). The difference in process CPU time of the two compiles
/// (one pass, as csc does it; CPU rather than wall time, which load on a shared machine distorts more) is the index's
/// cost per compilation. Both compiles lint the same prompt files as AdditionalFiles.
/// Options: --reps N (3), --warmup N (1), --missing-every K. Semantic Kernel is not referenced here, so PL5007's template reads are not
/// measured (they read each file once more, on demand, through the same index).
/// </summary>
internal static class IndexMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        int files = Cli.IntOption(args, "--files", 500);
        int perFile = Cli.IntOption(args, "--per-file", 10);
        int reps = Cli.IntOption(args, "--reps", 3);
        int warmup = Cli.IntOption(args, "--warmup", 1);
        int missingEvery = Cli.IntOption(args, "--missing-every", 10);
        var prompts = Enumerable.Range(0, files)
            .Select(i => (AdditionalText)new MemoryText($"/project/prompts/p{i}.prompty", $"---\nname: p{i}\n---\nsystem:\nYou answer questions about topic {i}. Reply in one sentence.\nuser:\n{{{{question}}}} {{{{context}}}}\n"))
            .ToImmutableArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Enumerable.Range(0, (files + perFile - 1) / perFile)
            .Select(f => CSharpSyntaxTree.ParseText(Loader(f, perFile, files, missingEvery), parseOptions, $"/project/Loaders{f}.cs"))
            .ToImmutableArray();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);
        ImmutableArray<MetadataReference> references = References.For(sdk: true);

        Console.WriteLine($"# index: {files} prompt files, {files} loader call sites in {trees.Length} files, {warmup} warm-up + {reps} measured compiles per column");
        var with = new List<double>();
        var without = new List<double>();
        for (int r = 0; r < warmup + reps; r++)
        {
            (double indexed, int findings) = await AnalyzerSecondsAsync(trees, references, options, prompts, projectDir: "/project/");
            (double plain, _) = await AnalyzerSecondsAsync(trees, references, options, prompts, projectDir: null);
            if (r >= warmup)
            {
                with.Add(indexed);
                without.Add(plain);
                Console.WriteLine($"run {r - warmup + 1}: compile CPU {indexed * 1000:F0} ms with the index ({findings} PL5009), {plain * 1000:F0} ms without; load {QuickMode.LoadAverage()}");
            }
        }

        double median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
        Console.WriteLine($"median: index cost {(median(with) - median(without)) * 1000:F0} ms per compilation ({(median(with) - median(without)) * 1_000_000 / files:F0} µs per prompt file and call site)");
        return 0;
    }

    private static string Loader(int file, int perFile, int files, int missingEvery)
    {
        var calls = Enumerable.Range(file * perFile, perFile).Where(i => i < files)
            .Select(i => $"    public static string P{i}() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, \"prompts\", \"{(missingEvery > 0 && i % missingEvery == 0 ? "q" : "p")}{i}.prompty\"));");
        return $"using System; using System.IO;\npublic static class Loaders{file}\n{{\n{string.Join("\n", calls)}\n    public static OpenAI.Chat.ChatClient Client() => new(\"gpt-4o-mini\", \"key\");\n}}\n";
    }

    private static async Task<(double Seconds, int Findings)> AnalyzerSecondsAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references,
        CSharpCompilationOptions options, ImmutableArray<AdditionalText> prompts, string? projectDir)
    {
        var analyzer = new PromptLintAnalyzer();
        var withAnalyzers = CSharpCompilation.Create("Index", trees, references, options).WithAnalyzers([analyzer],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(prompts, new ProjectDirOptions(projectDir)), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        ImmutableArray<Diagnostic> found = await withAnalyzers.GetAllDiagnosticsAsync();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (found.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException("analyzer threw: " + crash.GetMessage());
        }

        return (cpu.TotalSeconds, found.Count(d => d.Id == "PL5009"));
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Only <c>build_property.ProjectDir</c>, as the SDK's generated .editorconfig passes it.</summary>
    private sealed class ProjectDirOptions(string? projectDir) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(projectDir);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string? projectDir) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.ProjectDir" ? projectDir : null;
                return value is not null;
            }
        }
    }
}
