using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers;
using PromptLint.MSBuild;

namespace PromptLint.Hosts.Tests;

/// <summary>
/// Each host run in-process over one folder, its findings as <c>relative/path(line,col) severity ID</c> lines, sorted,
/// so the hosts can be compared line for line.
/// </summary>
internal static class HostRunners
{
    public static List<string> Cli(string root)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        PromptLint.Cli.CommandLine.Run(["lint", "."], stdout, new StringWriter(), root);
        return Regex.Matches(stdout.ToString(), @"^(?<path>.+?)\((?<line>\d+),(?<col>\d+)\): (?<sev>error|warning|info) (?<id>PL\d{4}):", RegexOptions.Multiline)
            .Select(m => $"{m.Groups["path"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The analyzer over the folder's files as AdditionalFiles (what the package's default globs and config chain pass).</summary>
    public static List<string> Analyzer(string root, IEnumerable<string> files, Func<string, AdditionalText>? textFor = null)
    {
        var compilation = CSharpCompilation.Create("HostEquivalence",
            [CSharpSyntaxTree.ParseText("public class C { }", path: Path.Combine(root, "C.cs"))],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<AdditionalText> additional = files.Select(f => textFor?.Invoke(f) ?? new DiskAdditionalText(f)).ToImmutableArray();
        var options = new AnalyzerOptions(additional);
        ImmutableArray<Diagnostic> diagnostics = compilation
            .WithAnalyzers([new PromptLintAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            string severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
            return $"{Relative(root, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {severity} {d.Id}";
        }).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The MSBuild task that owns prompt files in projects without a C# compiler.</summary>
    public static List<string> Task(string root, IEnumerable<string> files, string? baselineFile = null) =>
        CachedTask(root, files, Path.Combine(Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N"), "findings.cache"), baselineFile).Lines;

    /// <summary>The task with a given obj/ cache file (kept between runs): its findings and how many files it linted rather than replayed.</summary>
    public static (List<string> Lines, int Linted) CachedTask(string root, IEnumerable<string> files, string cacheFile, string? baselineFile = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new LintPromptFiles
        {
            BuildEngine = engine,
            Files = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
            CacheFile = cacheFile,
            BaselineFile = baselineFile,
            RepositoryRoot = baselineFile is null ? null : root,
        };
        task.Execute();
        return (engine.Lines.Select(l => Regex.Replace(l, @"^(?<file>[^(]+)", m => Relative(root, m.Groups["file"].Value))).Order(StringComparer.Ordinal).ToList(), task.LintedCount);
    }

    /// <summary>The MSBuild task that lints the fine-tuning evidence promptlint.yaml declares for a project folder.</summary>
    public static List<string> Evidence(string root, string projectDirectory, string? baselineFile = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new LintFineTuningEvidence
        {
            BuildEngine = engine,
            ProjectDirectory = projectDirectory,
            CacheFile = Path.Combine(Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N"), "evidence.cache"),
            BaselineFile = baselineFile,
            RepositoryRoot = baselineFile is null ? null : root,
        };
        task.Execute();
        return engine.Lines.Select(l => Regex.Replace(l, @"^(?<file>[^(]+)", m => Relative(root, m.Groups["file"].Value))).Order(StringComparer.Ordinal).ToList();
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private sealed class DiskAdditionalText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using FileStream stream = File.OpenRead(path);
            return SourceText.From(stream);
        }
    }

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<string> Lines { get; } = new();

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => string.Empty;

        public void LogErrorEvent(BuildErrorEventArgs e) => Lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber}) error {e.Code}");

        public void LogWarningEvent(BuildWarningEventArgs e) => Lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber}) warning {e.Code}");

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
            if (e.Code is { Length: > 0 })
            {
                Lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber}) info {e.Code}");
            }
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;
    }
}
