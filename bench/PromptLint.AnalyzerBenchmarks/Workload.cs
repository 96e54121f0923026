using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>Which analyzer a measured compile runs with.</summary>
public enum AnalyzerKind
{
    /// <summary>(a) compilation.GetDiagnostics() only.</summary>
    None,

    /// <summary>(b) the baseline: an analyzer that registers only a compilation-start action.</summary>
    Empty,

    /// <summary>PromptLint's registrations with empty callbacks (literal syntax-node action, code-block action that asks for every block's operation tree).</summary>
    Shape,

    /// <summary>(c) PromptLintAnalyzer.</summary>
    PromptLint,
}

/// <summary>One measured compile: wall time, the analyzer's own time from Roslyn's telemetry, and what it reported.</summary>
public readonly record struct CompileResult(TimeSpan Wall, TimeSpan AnalyzerTime, int CompilerErrors, int AnalyzerDiagnostics, AnalyzerTelemetryInfo? Telemetry);

/// <summary>
/// The generated project in memory, and one compile of it: parse every file, create a fresh
/// <see cref="CSharpCompilation"/> (nothing is cached between compiles: Roslyn caches binding and semantic
/// models per compilation), then <c>compilation.GetDiagnostics()</c> and, with an analyzer,
/// <c>CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync()</c> — the work a build does before emitting.
/// References are the framework's reference assemblies (as csc gets them) plus, with an SDK, the OpenAI and
/// Microsoft.Extensions.AI.Abstractions assemblies and their dependencies.
/// </summary>
public sealed class Workload
{
    private readonly List<(string Path, SourceText Text)> _sources;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);
    private readonly CSharpCompilationOptions _options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

    public Workload(bool sdkReferenced, int fileCount = ProjectGenerator.DefaultFileCount)
    {
        SdkReferenced = sdkReferenced;
        _sources = ProjectGenerator.Sources(sdkReferenced, fileCount)
            .Select(s => ("/project/" + s.Path, SourceText.From(s.Text, System.Text.Encoding.UTF8)))
            .ToList();
        _references = References.For(sdkReferenced);
    }

    public bool SdkReferenced { get; }

    public int FileCount => _sources.Count;

    public int ReferenceCount => _references.Length;

    public CSharpCompilation CreateCompilation()
    {
        var trees = new SyntaxTree[_sources.Count];
        Parallel.For(0, _sources.Count, i => trees[i] = CSharpSyntaxTree.ParseText(_sources[i].Text, _parseOptions, _sources[i].Path));
        return CSharpCompilation.Create("Generated", trees, _references, _options);
    }

    public static DiagnosticAnalyzer? Create(AnalyzerKind kind) => kind switch
    {
        AnalyzerKind.None => null,
        AnalyzerKind.Empty => new EmptyAnalyzer(),
        AnalyzerKind.Shape => new ShapeAnalyzer(),
        AnalyzerKind.PromptLint => new PromptLintAnalyzer(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <param name="kind">Which analyzer.</param>
    /// <param name="logAnalyzerExecutionTime">Collect Roslyn's per-analyzer telemetry.</param>
    /// <param name="singlePass">
    /// false (the default, as the issue describes it): <c>GetAnalyzerDiagnosticsAsync()</c> plus the original
    /// compilation's <c>GetDiagnostics()</c>. CompilationWithAnalyzers analyzes a copy of the compilation (with an
    /// event queue), so when an analyzer needs compilation events the method bodies are bound twice, once per copy.
    /// true: <c>GetAllDiagnosticsAsync()</c>, compiler and analyzer diagnostics from the one event-queue
    /// compilation, as csc does it.
    /// </param>
    public async Task<CompileResult> CompileAsync(AnalyzerKind kind, bool logAnalyzerExecutionTime, bool singlePass = false)
    {
        long start = Stopwatch.GetTimestamp();
        CSharpCompilation compilation = CreateCompilation();
        DiagnosticAnalyzer? analyzer = Create(kind);
        if (analyzer is null)
        {
            int errorsOnly = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            return new CompileResult(Stopwatch.GetElapsedTime(start), TimeSpan.Zero, errorsOnly, 0, null);
        }

        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true,
                logAnalyzerExecutionTime: logAnalyzerExecutionTime, reportSuppressedDiagnostics: false));
        ImmutableArray<Diagnostic> analyzerDiagnostics;
        int errors;
        if (singlePass)
        {
            ImmutableArray<Diagnostic> all = await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false);
            errors = all.Count(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("PL", StringComparison.Ordinal));
            analyzerDiagnostics = all.Where(d => d.Id.StartsWith("PL", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal) || d.Id.StartsWith("BENCH", StringComparison.Ordinal)).ToImmutableArray();
        }
        else
        {
            analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        }

        TimeSpan wall = Stopwatch.GetElapsedTime(start);
        AnalyzerTelemetryInfo? telemetry = logAnalyzerExecutionTime ? await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false) : null;
        int crashes = analyzerDiagnostics.Count(d => d.Id == "AD0001");
        if (crashes > 0)
        {
            throw new InvalidOperationException($"{kind} threw (AD0001): {analyzerDiagnostics.First(d => d.Id == "AD0001").GetMessage()}");
        }

        return new CompileResult(wall, telemetry?.ExecutionTime ?? TimeSpan.Zero, errors, analyzerDiagnostics.Length, telemetry);
    }
}

/// <summary>Reference assemblies, resolved once per process.</summary>
internal static class References
{
    private static readonly string[] SdkAssemblyPrefixes = ["OpenAI", "Microsoft.Extensions.AI"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() => FrameworkPaths().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> Sdk = new(() => SdkPaths().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    public static ImmutableArray<MetadataReference> For(bool sdk) => sdk ? Framework.Value.AddRange(Sdk.Value) : Framework.Value;

    public static string Describe(bool sdk) => sdk
        ? $"{FrameworkSource} + {string.Join(", ", SdkPaths().Select(Path.GetFileName))}"
        : FrameworkSource;

    private static string FrameworkSource { get; set; } = "?";

    /// <summary>The Microsoft.NETCore.App reference pack of the running major version (what csc is given); the runtime's own assemblies if there is none.</summary>
    private static IEnumerable<string> FrameworkPaths()
    {
        string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        string tfm = $"net{Environment.Version.Major}.0";
        if (Directory.Exists(packs))
        {
            string? refFolder = Directory.EnumerateDirectories(packs)
                .Where(d => Path.GetFileName(d).StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal))
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version(0, 0))
                .Select(d => Path.Combine(d, "ref", tfm))
                .FirstOrDefault(Directory.Exists);
            if (refFolder is not null)
            {
                FrameworkSource = refFolder;
                return Directory.EnumerateFiles(refFolder, "*.dll");
            }
        }

        FrameworkSource = runtimeFolder;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && Path.GetDirectoryName(p) == runtimeFolder);
    }

    /// <summary>OpenAI, Microsoft.Extensions.AI.Abstractions and their non-framework dependencies, from this program's own output.</summary>
    private static IEnumerable<string> SdkPaths() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
        .Where(p => SdkAssemblyPrefixes.Any(prefix => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal))
            || Path.GetFileNameWithoutExtension(p) is "System.ClientModel" or "System.Memory.Data")
        .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
}

internal static class Paths
{
    /// <summary>The folder holding PromptLint.sln, searched upwards from this program and from the current directory.</summary>
    public static string RepoRoot()
    {
        foreach (string? start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "PromptLint.sln")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("run from inside the PromptLint repository (PromptLint.sln not found)");
    }
}
