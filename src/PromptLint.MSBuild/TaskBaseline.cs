using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Utilities;
using PromptLint.Baselines;
using PromptLint.Diagnostics;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Text;

namespace PromptLint.MSBuild;

/// <summary>
/// promptlint.baseline.json for the tasks: the file the package found (the nearest one above the project) read once,
/// and the findings of each file filtered through Core's matching, so a baselined finding is silent in the task as in
/// the CLI and the analyzer. A baseline that cannot be read is an error on it (PL0010); content that is not a baseline
/// is Core's located PL0001 warning, as in the CLI and the analyzer. Either way it filters nothing.
/// </summary>
internal sealed class TaskBaseline
{
    private const int MaxBytes = 256 * 1024 * 1024;

    private readonly BaselineEntries? _entries;
    private readonly string _root;

    private TaskBaseline(BaselineEntries? entries, string root)
    {
        _entries = entries;
        _root = root;
    }

    /// <summary>The baseline as part of a finding cache's key (its content and root), or nothing when there is none.</summary>
    public static IEnumerable<(string Path, string Tag)> CacheKeyPart(string? path, string? repositoryRoot) =>
        string.IsNullOrEmpty(path) || !File.Exists(path) ? [] : [(Path.GetFullPath(path), "baseline:" + repositoryRoot)];

    /// <param name="log">Where a baseline that cannot be read (PL0010) or is malformed (PL0001) is reported; null: not reported here.</param>
    public static TaskBaseline Load(TaskLoggingHelper? log, string? path, string? repositoryRoot)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return new TaskBaseline(null, string.Empty);
        }

        string full = Path.GetFullPath(path);
        string? text = BoundedFileReader.ReadSmallText(full, MaxBytes, out string? unreadable);
        if (text is null)
        {
            log?.LogError(null, "PL0010", null, null, full, 1, 1, 0, 0, "{0} is not used: {1}", BaselineEntries.FileName, unreadable);
            return new TaskBaseline(null, string.Empty);
        }

        BaselineEntries? entries = BaselineReader.Read(full, text, out Finding? malformed);
        if (malformed is not null && log is not null)
        {
            TaskLogging.Log(log, malformed, full);
        }

        return new TaskBaseline(entries, string.IsNullOrEmpty(repositoryRoot) ? Path.GetDirectoryName(full)! : repositoryRoot!);
    }

    public IReadOnlyList<Finding> NotBaselined(IReadOnlyList<Finding> findings, SourceText? source, string path) =>
        _entries is null ? findings : _entries.NotBaselined(findings, source, BaselineEntries.RepositoryPath(_root, path));
}
