using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PromptLint.Analyzers.Tests.Infrastructure;

/// <summary>An additional file for a test compilation (a prompt file, promptlint.yaml, appsettings.json).</summary>
internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>
/// A small builder over <see cref="CSharpCompilation"/> and <see cref="CompilationWithAnalyzers"/> (the Roslyn
/// testing packages drive code fixes, see CodeFixes/). It compiles against the framework, the real OpenAI,
/// Microsoft.Extensions.AI, Microsoft Agent Framework (Microsoft.Agents.AI), Semantic Kernel 1.82 (+ OpenAI/Azure OpenAI connectors), Azure.AI.OpenAI, OllamaSharp
/// and Anthropic assemblies, and optional stub sources for SDKs without a package here (<see cref="Stubs"/>); the compilation must have no errors, and any AD0001 (an analyzer crash) fails the test.
/// </summary>
internal sealed class AnalyzerRunner
{
    private static readonly Lazy<string[]> TrustedAssemblies = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).ToArray());

    private static readonly string FrameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>The real SDK packages the test project references (and their dependencies); see Stubs.cs for the SDKs that have none.</summary>
    private static readonly string[] SdkAssemblyPrefixes =
        ["OpenAI", "Anthropic", "Microsoft.Extensions.", "Microsoft.Agents.", "Microsoft.SemanticKernel", "OllamaSharp", "Azure.AI.OpenAI", "Azure.Core", "Microsoft.Bcl."];

    /// <summary>The framework plus the SDK packages and their dependencies (System.ClientModel, …) from the test's output.</summary>
    internal static IEnumerable<MetadataReference> References(bool withSdks) => TrustedAssemblies.Value
        .Where(p => Path.GetDirectoryName(p) == FrameworkFolder || (withSdks && IsSdkOrDependency(Path.GetFileNameWithoutExtension(p))))
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));

    private static bool IsSdkOrDependency(string name) =>
        SdkAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)) || name is "System.ClientModel" or "System.Memory.Data" or "System.Numerics.Tensors";

    private readonly List<(string Path, string Text)> _sources = new();
    private readonly List<AdditionalText> _additionalFiles = new();
    private readonly TestOptionsProvider _options = new();
    private bool _withSdks = true;
    private OutputKind _outputKind = OutputKind.DynamicallyLinkedLibrary;
    private bool _allowCompileErrors;

    public AnalyzerRunner WithSource(string path, string text)
    {
        _sources.Add((path, text));
        return this;
    }

    public AnalyzerRunner WithStubs(string stubSource) => WithSource("/project/Stubs.cs", stubSource);

    public AnalyzerRunner WithAdditionalFile(string path, string text)
    {
        _additionalFiles.Add(new TestAdditionalText(path, text));
        return this;
    }

    /// <summary>A build property as the SDK's generated .editorconfig passes it (<c>build_property.ProjectDir</c>, …).</summary>
    public AnalyzerRunner WithGlobalOption(string key, string value)
    {
        _options.Global[key] = value;
        return this;
    }

    /// <summary>Item metadata of one AdditionalFile (<c>build_metadata.AdditionalFiles.X</c>), as CompilerVisibleItemMetadata passes it.</summary>
    public AnalyzerRunner WithFileOption(string path, string key, string value)
    {
        _options.ForFile(path)[key] = value;
        return this;
    }

    /// <summary>For crash tests over sources that do not compile together.</summary>
    public AnalyzerRunner AllowCompileErrors()
    {
        _allowCompileErrors = true;
        return this;
    }

    /// <summary>Compiles as a console program, so the source may use top-level statements.</summary>
    public AnalyzerRunner AsProgram()
    {
        _outputKind = OutputKind.ConsoleApplication;
        return this;
    }

    public AnalyzerRunner WithoutSdks()
    {
        _withSdks = false;
        return this;
    }

    public CSharpCompilation Compile()
    {
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.CSharp12), s.Path));
        IEnumerable<MetadataReference> references = References(_withSdks);
        var compilation = CSharpCompilation.Create("TestProject", trees, references,
            new CSharpCompilationOptions(_outputKind, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(_allowCompileErrors || errors.Count == 0, "test source does not compile:\n" + string.Join("\n", errors.Take(20)));
        return compilation;
    }

    /// <summary>Runs the analyzer; returns its diagnostics (PLxxxx), failing on AD0001.</summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        CompilationWithAnalyzers withAnalyzers = Compile().WithAnalyzers(
            [new PromptLintAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. _additionalFiles], _options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        ImmutableArray<Diagnostic> all = await withAnalyzers.GetAllDiagnosticsAsync();
        var crashes = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "analyzer threw:\n" + string.Join("\n", crashes.Select(c => c.GetMessage())));
        return all.Where(d => d.Id.StartsWith("PL", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id).ToImmutableArray();
    }

    /// <summary>Compiles markup (<c>{|PL1001:…|}</c>) as /project/Program.cs and checks the PL diagnostics in that file match exactly.</summary>
    public async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, params string[] onlyIds)
    {
        var (source, expected) = Markup.Parse(markup);
        WithSource("/project/Program.cs", source);
        ImmutableArray<Diagnostic> diagnostics = await RunAsync();
        var actual = diagnostics
            .Where(d => d.Location.SourceTree?.FilePath == "/project/Program.cs")
            .Where(d => onlyIds.Length == 0 || onlyIds.Contains(d.Id))
            .Select(d => $"{d.Id}@{Show(source, d.Location.SourceSpan)}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        var wanted = expected.Select(e => $"{e.Id}@{Show(source, e.Span)}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", wanted)}\nactual:\n  {string.Join("\n  ", actual)}\nall diagnostics:\n  {string.Join("\n  ", diagnostics.Select(d => d.ToString()))}");
        return diagnostics;
    }

    private static string Show(string source, TextSpan span) => source.Substring(span.Start, span.Length).Replace("\n", "⏎");
}

/// <summary>Build properties and per-file item metadata, as the compiler reads them from the generated .editorconfig.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _byFile = new(StringComparer.Ordinal);

    public Dictionary<string, string> Global { get; } = new(StringComparer.Ordinal);

    public override AnalyzerConfigOptions GlobalOptions => new Options(Global);

    public Dictionary<string, string> ForFile(string path) => _byFile.TryGetValue(path, out var options) ? options : _byFile[path] = new(StringComparer.Ordinal);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(Global);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(_byFile.TryGetValue(textFile.Path, out var options) ? options.Concat(Global).ToDictionary(p => p.Key, p => p.Value) : Global);

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
