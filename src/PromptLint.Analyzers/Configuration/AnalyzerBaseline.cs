using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Baselines;
using PromptLint.Diagnostics;
using PromptLint.Linting;

namespace PromptLint.Analyzers.Configuration;

/// <summary>
/// promptlint.baseline.json among the AdditionalFiles (the package passes the nearest one above the project): a
/// finding recorded there is not reported, exactly as in the CLI — the same Core fingerprints over the same
/// repository-relative path (the package passes the repository root as <c>PromptLintRepositoryRoot</c>; without it,
/// the baseline's folder).
/// </summary>
internal sealed class AnalyzerBaseline
{
    internal const string RepositoryRootProperty = "build_property.PromptLintRepositoryRoot";

    private static readonly AnalyzerBaseline None = new(null, string.Empty, null);

    private readonly BaselineEntries? _entries;
    private readonly string _root;

    private AnalyzerBaseline(BaselineEntries? entries, string root, Finding? problem)
    {
        _entries = entries;
        _root = root;
        Problem = problem;
    }

    /// <summary>Why the baseline file could not be used (Core's located PL0001 warning on it), or null.</summary>
    public Finding? Problem { get; }

    public static AnalyzerBaseline Create(ImmutableArray<AdditionalText> files, AnalyzerConfigOptions globalOptions, CancellationToken cancellationToken)
    {
        AdditionalText? file = files.FirstOrDefault(f => System.IO.Path.GetFileName(f.Path) == BaselineEntries.FileName);
        string? text = file?.GetText(cancellationToken)?.ToString();
        if (file is null || text is null)
        {
            return None;
        }

        BaselineEntries? entries = BaselineReader.Read(file.Path, text, out Finding? problem);
        string root = globalOptions.TryGetValue(RepositoryRootProperty, out string? configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured
            : System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty;
        return new AnalyzerBaseline(entries, root, problem);
    }

    /// <summary>The findings of one file that the baseline does not hold.</summary>
    public IReadOnlyList<Finding> NotBaselined(IReadOnlyList<Finding> findings, Text.SourceText? source, string path) =>
        _entries is null ? findings : _entries.NotBaselined(findings, source, BaselineEntries.RepositoryPath(_root, path));
}
