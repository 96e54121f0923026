using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Templates;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// `breakdown`: where PromptLintAnalyzer's time goes on the generated SDK project, without a profiler. A census
/// analyzer records what the real one is called for (operation blocks and their files, string literals of
/// 6–300 characters, SDK message constructions); then the per-call work of PromptLintAnalyzer is replayed
/// single-threaded over exactly those inputs, through the same entry points:
/// AnalyzerConfigs.Create / SettingsFor (internal, by reflection) once per operation block, FineTuningCheck.Check
/// (and ModelIdClassifier.Classify, its regex part) once per literal, and Linter.Lint over a ComposedPrompt per
/// conversation (ComposedPromptReporter.ReportConversation).
/// </summary>
internal static class Breakdown
{
    public static async Task<int> RunAsync(string[] args)
    {
        int files = Cli.IntOption(args, "--files", ProjectGenerator.DefaultFileCount);
        int rounds = Cli.IntOption(args, "--rounds", 3);
        StartCosts(files);
        var workload = new Workload(sdkReferenced: true, files);
        var census = new CensusAnalyzer();
        var compilation = workload.CreateCompilation();
        var withAnalyzers = compilation.WithAnalyzers([census], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();

        string[] blockPaths = census.BlockPaths.ToArray();
        string[] literals = census.Literals.ToArray();
        Console.WriteLine($"# breakdown over {workload.FileCount} files (SDK referenced), {rounds} rounds after one warm-up, single thread");
        Console.WriteLine($"# load average: {QuickMode.LoadAverage()}");
        Console.WriteLine($"operation blocks: {blockPaths.Length}, string literals 6–300 chars: {literals.Length}, operations seen: {census.Operations}, SDK conversations: {census.Conversations}");

        // AnalyzerConfigs (internal): Create once per compilation, SettingsFor once per operation block.
        Assembly analyzers = typeof(PromptLint.Analyzers.PromptLintAnalyzer).Assembly;
        Type configsType = analyzers.GetType("PromptLint.Analyzers.Configuration.AnalyzerConfigs", throwOnError: true)!;
        MethodInfo create = configsType.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        MethodInfo settingsFor = configsType.GetMethod("SettingsFor", BindingFlags.Public | BindingFlags.Instance)!;
        object configs = create.Invoke(null, [ImmutableArray<AdditionalText>.Empty, CancellationToken.None])!;
        var settings = (LintSettings)settingsFor.Invoke(configs, [blockPaths[0]])!;

        // The two conversation shapes of the generated project, as ComposedPromptReporter builds them.
        string system0 = "You are the order assistant number 0 for Contoso. Answer questions about the orders of module 0. Reply in JSON with the fields answer and confidence.";
        string system1 = "You are the order assistant number 1 for Contoso. Reply in JSON. Question: {{question}}";

        var rows = new List<(string What, int Calls, Func<int> Run)>
        {
            ("AnalyzerConfigs.SettingsFor (per operation block)", blockPaths.Length, () =>
            {
                int n = 0;
                foreach (string path in blockPaths)
                {
                    n += settingsFor.Invoke(configs, [path]) is null ? 0 : 1;
                }

                return n;
            }),
            ("FineTuningCheck.Check (per literal)", literals.Length, () =>
            {
                int n = 0;
                foreach (string literal in literals)
                {
                    n += FineTuningCheck.Check(literal, settings).Count;
                }

                return n;
            }),
            ("  of which ModelIdClassifier.Classify (regexes)", literals.Length, () =>
            {
                int n = 0;
                foreach (string literal in literals)
                {
                    n += (int)PromptLint.Models.ModelIdClassifier.Classify(literal).Class;
                }

                return n;
            }),
            ("Linter.Lint(ComposedPrompt) (per conversation)", census.Conversations, () =>
            {
                int n = 0;
                for (int i = 0; i < census.Conversations; i++)
                {
                    // OpenAI files: system + user turn read as the live input; MEAI files: a system message alone.
                    ComposedMessage[] messages = i % 2 == 0
                        ? [new ComposedMessage(MessageRole.System, system0), new ComposedMessage(MessageRole.User, "{{input}}")]
                        : [new ComposedMessage(MessageRole.System, system1)];
                    var prompt = ComposedPrompt.Create("/project/x.cs", messages, null, null, TemplateDialect.Mustache);
                    n += Linter.Lint(prompt.Document, settings).Findings.Count;
                }

                return n;
            }),
        };

        foreach (var row in rows)
        {
            row.Run(); // warm-up: JIT, regex construction, first-use caches
        }

        Console.WriteLine();
        Console.WriteLine("| work (PromptLint code) | calls | total ms (median of rounds) | µs per call |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            var times = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                var sw = Stopwatch.StartNew();
                row.Run();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            double median = QuickMode.Median(times);
            Console.WriteLine($"| {row.What} | {row.Calls} | {median:F1} | {1000 * median / Math.Max(1, row.Calls):F2} |");
        }

        return 0;
    }

    /// <summary>
    /// What PromptLintAnalyzer does when no SDK is referenced (compilation start only), cold — the first call in
    /// this process, as in a csc process that loads the analyzer for one build — and warm: the analyzer's static
    /// initialisation (Descriptors.All over RuleCatalog), AnalyzerConfigs.Create over no AdditionalFiles, and
    /// SdkSymbols.Create (GetTypeByMetadataName for every catalog type, a miss in all ~170 references), on a fresh
    /// compilation and on one the compiler has already bound (where the reference symbols exist already).
    /// </summary>
    private static void StartCosts(int files)
    {
        Assembly analyzers = typeof(PromptLint.Analyzers.PromptLintAnalyzer).Assembly;
        MethodInfo sdkSymbols = analyzers.GetType("PromptLint.Analyzers.CSharp.SdkSymbols", throwOnError: true)!.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        MethodInfo configsCreate = analyzers.GetType("PromptLint.Analyzers.Configuration.AnalyzerConfigs", throwOnError: true)!.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        var workload = new Workload(sdkReferenced: false, files);

        double Time(Action action)
        {
            var sw = Stopwatch.StartNew();
            action();
            return sw.Elapsed.TotalMilliseconds;
        }

        Console.WriteLine("# compilation start without an SDK (ms): cold = first call in this process");
        double descriptors = Time(() => _ = new PromptLint.Analyzers.PromptLintAnalyzer().SupportedDiagnostics.Length);
        double configsCold = Time(() => configsCreate.Invoke(null, [ImmutableArray<AdditionalText>.Empty, CancellationToken.None]));
        double configsWarm = Time(() => configsCreate.Invoke(null, [ImmutableArray<AdditionalText>.Empty, CancellationToken.None]));
        var fresh1 = workload.CreateCompilation();
        double sdkCold = Time(() => sdkSymbols.Invoke(null, [fresh1]));
        var fresh2 = workload.CreateCompilation();
        double sdkFresh = Time(() => sdkSymbols.Invoke(null, [fresh2]));
        var bound = workload.CreateCompilation();
        _ = bound.GetDiagnostics();
        double sdkBound = Time(() => sdkSymbols.Invoke(null, [bound]));
        double sdkBoundAgain = Time(() => sdkSymbols.Invoke(null, [bound]));
        Console.WriteLine($"| step | ms |\n|---|---:|\n| static init (SupportedDiagnostics: Descriptors over RuleCatalog), cold | {descriptors:F1} |\n| AnalyzerConfigs.Create, no AdditionalFiles: cold / warm | {configsCold:F1} / {configsWarm:F2} |\n| SdkSymbols.Create on a fresh compilation: cold (JIT) / warm | {sdkCold:F1} / {sdkFresh:F1} |\n| SdkSymbols.Create on a compilation already bound by GetDiagnostics(): first / again | {sdkBound:F1} / {sdkBoundAgain:F1} |");
        Console.WriteLine();
    }

    /// <summary>Records the calls PromptLintAnalyzer receives on a compilation (same registrations, same filters).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CensusAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH0003", "Census", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public ConcurrentBag<string> BlockPaths { get; } = new();

        public ConcurrentBag<string> Literals { get; } = new();

        public int Operations => _operations;

        public int Conversations => _conversations;

        private int _operations;
        private int _conversations;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockStartAction(block =>
            {
                BlockPaths.Add(block.OwningSymbol.Locations.FirstOrDefault()?.SourceTree?.FilePath ?? string.Empty);
                block.RegisterOperationAction(op =>
                {
                    Interlocked.Increment(ref _operations);
                    if (op.Operation is Microsoft.CodeAnalysis.Operations.IObjectCreationOperation { Type.Name: "SystemChatMessage" or "ChatMessage" } creation
                        && creation.Type?.ContainingNamespace.ToDisplayString() is "OpenAI.Chat" or "Microsoft.Extensions.AI")
                    {
                        Interlocked.Increment(ref _conversations);
                    }
                }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.SimpleAssignment);
                block.RegisterOperationAction(op =>
                {
                    Interlocked.Increment(ref _operations);
                    if (op.Operation.ConstantValue is { HasValue: true, Value: string value } && value.Length is >= 6 and <= 300)
                    {
                        Literals.Add(value);
                    }
                }, OperationKind.Literal);
            });
        }
    }
}
