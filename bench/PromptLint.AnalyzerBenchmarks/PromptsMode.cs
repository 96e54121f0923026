using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// `prompts`: a project made of prompts — --prompts N (20,000) prompt call sites in --per-file M (20) per file —
/// compiled without and with PromptLintAnalyzer (one pass, as csc does it); reports the extra process CPU time per
/// prompt (CPU rather than wall time: the machine this runs on is shared, and CPU time is what load distorts least). The call sites mix the shapes the data-flow resolution handles: literal system prompts with a
/// user turn, constants joined across files, interpolated parameters (PL5004), multi-assignment locals,
/// StringBuilder prompts, helper-method sinks and Semantic Kernel-free Microsoft.Extensions.AI options. Each
/// prompt's text is distinct (an index and a topic are woven in), so nothing is linted from a cache.
/// Options: --reps N (3), --warmup N (1), --shape (the registrations-only analyzer instead: Roslyn's share),
/// --core-only (Core's lint of equivalent conversations alone: the floor).
/// </summary>
internal static class PromptsMode
{
    private static readonly string[] Topics = ["invoices", "refunds", "shipping delays", "password resets", "warranty claims", "gift cards", "returns", "subscriptions"];

    public static async Task<int> RunAsync(string[] args)
    {
        int prompts = Cli.IntOption(args, "--prompts", 20_000);
        int perFile = Cli.IntOption(args, "--per-file", 20);
        int reps = Cli.IntOption(args, "--reps", 3);
        int warmup = Cli.IntOption(args, "--warmup", 1);
        bool shape = args.Contains("--shape"); // Roslyn's cost of the same registrations with empty callbacks
        if (args.Contains("--core-only"))
        {
            return CoreOnly(prompts);
        }

        var sources = Sources(prompts, perFile);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, "/project/" + s.Path)).ToImmutableArray();
        ImmutableArray<MetadataReference> references = References.For(sdk: true);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

        Console.WriteLine($"# prompts: {prompts} prompt call sites in {sources.Count} files, {warmup} warm-up + {reps} measured compiles");
        Console.WriteLine($"# machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        var cpuPerPrompt = new List<double>();
        var compileOnly = new List<double>();
        int diagnostics = 0;
        for (int r = 0; r < warmup + reps; r++)
        {
            // Without the analyzer: the compiler's own diagnostics (binding every method body).
            var compilation = CSharpCompilation.Create("Prompts", trees, references, options);
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            double compile = Stopwatch.GetElapsedTime(start).TotalSeconds;
            TimeSpan cpuWithout = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            if (errors > 0)
            {
                throw new InvalidOperationException("generated project has errors: " + compilation.GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error));
            }

            // With it, in one pass as csc does (GetAllDiagnosticsAsync on the analyzer's compilation).
            DiagnosticAnalyzer analyzer = shape ? Workload.Create(AnalyzerKind.Shape)! : new PromptLintAnalyzer();
            var withAnalyzers = CSharpCompilation.Create("Prompts", trees, references, options).WithAnalyzers([analyzer],
                new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            TimeSpan cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
            ImmutableArray<Diagnostic> found = (await withAnalyzers.GetAllDiagnosticsAsync()).Where(d => d.Id.StartsWith("PL", StringComparison.Ordinal) || d.Id == "AD0001").ToImmutableArray();
            TimeSpan cpuWith = Process.GetCurrentProcess().TotalProcessorTime - cpu1;
            if (found.Any(d => d.Id == "AD0001"))
            {
                throw new InvalidOperationException("analyzer threw: " + found.First(d => d.Id == "AD0001").GetMessage());
            }

            if (r >= warmup)
            {
                double extraCpu = (cpuWith - cpuWithout).TotalMilliseconds / prompts;
                cpuPerPrompt.Add(extraCpu);
                compileOnly.Add(compile);
                diagnostics = found.Length;
                Console.WriteLine($"run {r - warmup + 1}: extra CPU of the compile with the analyzer {extraCpu:F4} ms per prompt (without {cpuWithout.TotalSeconds:F2} s, with {cpuWith.TotalSeconds:F2} s CPU); {found.Length} diagnostics; load {QuickMode.LoadAverage()}");
            }
        }

        double Median(List<double> xs) => xs.OrderBy(x => x).ElementAt(xs.Count / 2);
        Console.WriteLine($"median: extra CPU {Median(cpuPerPrompt):F4} ms per prompt (target ≤ 0.1 ms); compile without analyzer {Median(compileOnly):F2} s wall; {diagnostics} diagnostics");
        foreach (var group in (await CountAsync(trees, references, options)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key}: {group.Value}");
        }

        return 0;
    }

    private static async Task<Dictionary<string, int>> CountAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, CSharpCompilationOptions options)
    {
        var found = await CSharpCompilation.Create("Prompts", trees, references, options).WithAnalyzers([new PromptLintAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return found.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>`--core-only`: the Core lint of one conversation per prompt with the same texts, single-threaded: what the analyzer cannot make cheaper.</summary>
    private static int CoreOnly(int prompts)
    {
        var texts = Enumerable.Range(0, prompts).Select(i => $"You are support agent number {i} for Contoso, helping customers with {Topics[i % Topics.Length]}. Explain the policy on {Topics[i % Topics.Length]} and the next step.").ToList();
        for (int round = 0; round < 3; round++)
        {
            TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            int findings = 0;
            foreach (string text in texts)
            {
                var prompt = PromptLint.Model.ComposedPrompt.Create("/p.cs", [new(PromptLint.Model.MessageRole.System, text), new(PromptLint.Model.MessageRole.User, "{{input}}")], null, null, PromptLint.Templates.TemplateDialect.Mustache);
                findings += PromptLint.Linting.Linter.Lint(prompt.Document).Findings.Count;
            }

            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            Console.WriteLine($"core-only round {round + 1}: {wall / prompts:F4} ms per prompt wall, {cpuMs / prompts:F4} ms CPU, {findings} findings");
        }

        return 0;
    }

    internal static List<(string Path, string Text)> Sources(int prompts, int perFile)
    {
        var files = new List<(string, string)>
        {
            ("Shared.cs", """
                using Microsoft.Extensions.AI;
                public static class SharedPrompts
                {
                    public const string Tone = "Be friendly, precise and brief. ";
                    public static readonly string Format = "Reply in JSON with keys answer and confidence. ";
                    public static ChatOptions Agent(string name, string instructions) => new ChatOptions { Instructions = instructions, ModelId = "gpt-4o-mini" };
                }
                """),
        };
        int fileCount = (prompts + perFile - 1) / perFile;
        int made = 0;
        for (int f = 0; f < fileCount; f++)
        {
            var sb = new StringBuilder();
            sb.AppendLine("using System.Text;\nusing System.Collections.Generic;\nusing OpenAI.Chat;\nusing Microsoft.Extensions.AI;");
            sb.AppendLine($"public sealed class Prompts{f}\n{{");
            for (int i = 0; i < perFile && made < prompts; i++, made++)
            {
                string topic = Topics[made % Topics.Length];
                string role = $"You are support agent number {made} for Contoso, helping customers with {topic}. ";
                switch (made % 8)
                {
                    case 0:
                        sb.AppendLine($"    public List<OpenAI.Chat.ChatMessage> P{made}(string q) => [new SystemChatMessage(\"{role}Explain the policy on {topic} and the next step.\"), new UserChatMessage(q)];");
                        break;
                    case 1:
                        sb.AppendLine($"    public SystemChatMessage P{made}() => new SystemChatMessage(\"{role}\" + SharedPrompts.Tone + SharedPrompts.Format);");
                        break;
                    case 2:
                        sb.AppendLine($"    public SystemChatMessage P{made}(string note) => new SystemChatMessage($\"{role}The customer wrote: {{note}}\");");
                        break;
                    case 3:
                        sb.AppendLine($"    public SystemChatMessage P{made}(bool formal) {{ string s = \"{role}Answer casually.\"; if (formal) {{ s = \"{role}Answer formally in one paragraph.\"; }} return new SystemChatMessage(s); }}");
                        break;
                    case 4:
                        sb.AppendLine($"    public SystemChatMessage P{made}() {{ var sb = new StringBuilder(); sb.AppendLine(\"{role}\"); sb.AppendLine(\"List the three most common questions about {topic}.\"); return new SystemChatMessage(sb.ToString()); }}");
                        break;
                    case 5:
                        sb.AppendLine($"    public ChatOptions P{made}() => SharedPrompts.Agent(\"agent{made}\", \"{role}Escalate anything about {topic} you cannot answer.\");");
                        break;
                    case 6:
                        sb.AppendLine($"    public ChatOptions P{made}() => new ChatOptions {{ Instructions = \"{role}Reply in JSON with keys answer and escalate.\", ResponseFormat = Microsoft.Extensions.AI.ChatResponseFormat.Json }};");
                        break;
                    default:
                        sb.AppendLine($"    public List<Microsoft.Extensions.AI.ChatMessage> P{made}(string q) => [new(Microsoft.Extensions.AI.ChatRole.System, \"{role}\"), new(Microsoft.Extensions.AI.ChatRole.User, \"Where is my refund for order {made}?\"), new(Microsoft.Extensions.AI.ChatRole.Assistant, \"It was sent on Monday.\"), new(Microsoft.Extensions.AI.ChatRole.User, q)];");
                        break;
                }
            }

            sb.AppendLine("}");
            files.Add(($"Prompts{f}.cs", sb.ToString()));
        }

        return files;
    }
}
