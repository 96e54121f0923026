using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.Hosting;
using PromptLint.Pipeline;

namespace PromptLint.MSBuild;

/// <summary>
/// Lints prompt files with the Core engine where no C# compilation will (F# and other non-C# projects). Findings
/// are cached under obj/ per file, keyed by the configuration and the baseline, and for each file by the content of
/// every file its lint read and every existence it checked; a file whose inputs are unchanged is replayed from the
/// cache — so warnings never vanish on an incremental build, and editing one prompt re-lints that prompt only.
/// </summary>
public sealed class LintPromptFiles : Task
{
    /// <summary>Item metadata on files the user listed (not found by a default glob): those always get an answer.</summary>
    internal const string ExplicitMetadata = "PromptLintExplicit";

    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The promptlint.yaml the project names with <c>PromptLintConfigFile</c>; empty: each file's cascade.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>promptlint.baseline.json (the nearest one above the project); its findings are not reported.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>The folder baseline paths are relative to (the repository root); empty: the baseline's folder.</summary>
    public string? RepositoryRoot { get; set; }

    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>How many files were linted rather than replayed (for tests and logs).</summary>
    [Output]
    public int LintedCount { get; set; }

    public override bool Execute()
    {
        ConfigCascade cascade = ProjectConfigs.Cascade(ConfigFile);
        List<CandidateFile> candidates = Candidates();
        foreach (CandidateFile candidate in candidates)
        {
            cascade.ChainFor(candidate.Path);
        }

        if (cascade.HasErrors)
        {
            return true; // GeneratePromptLintGlobalConfig reports the configuration's own problems
        }

        string key = new FindingCacheKey().AddConfigurations(cascade).AddFiles(TaskBaseline.CacheKeyPart(BaselineFile, RepositoryRoot)).Build();
        Dictionary<string, CachedFile>? cached = FileFindingCache.Read(CacheFile, key);
        var host = new RecordingFileHost(new DiskFileHost());
        var pipeline = new PromptFilePipeline(cascade, host);
        TaskBaseline baseline = TaskBaseline.Load(Log, BaselineFile, RepositoryRoot);
        List<CachedFile> files = candidates.Select(candidate => Replay(cached, candidate) ?? Lint(pipeline, host, baseline, candidate)).ToList();
        if (cached is null || LintedCount > 0 || cached.Count != files.Count)
        {
            FileFindingCache.Write(CacheFile, key, files);
        }

        int count = files.Sum(f => f.Findings.Count);
        int replayed = files.Count - LintedCount;
        Log.LogMessage(MessageImportance.Normal, LintedCount == 0
            ? $"PromptLint: nothing changed; replayed {count} finding(s) from {CacheFile}"
            : $"PromptLint: linted {LintedCount} prompt file(s), {count} finding(s)" + (replayed > 0 ? $"; {replayed} unchanged file(s) replayed from {CacheFile}" : ""));
        foreach (CachedFinding finding in files.SelectMany(f => f.Findings))
        {
            finding.Log(Log);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The file's cached findings when nothing it depends on changed since they were cached.</summary>
    private static CachedFile? Replay(Dictionary<string, CachedFile>? cached, CandidateFile candidate) =>
        cached is not null && cached.TryGetValue(Id(candidate), out CachedFile? file) && file.IsCurrent() ? file : null;

    private CachedFile Lint(PromptFilePipeline pipeline, RecordingFileHost host, TaskBaseline baseline, CandidateFile candidate)
    {
        FileOutcome outcome = pipeline.Lint(candidate);
        List<CachedFinding> findings = baseline.NotBaselined(outcome.Findings, outcome.Document?.Source, candidate.Path).Select(CachedFinding.From).ToList();
        var dependencies = new List<FileDependency> { FileDependency.Content(candidate.Path) };
        dependencies.AddRange(host.TakeDependencies());
        LintedCount++;
        return new CachedFile(Id(candidate), dependencies.Distinct().Select(d => d.Resolve()).ToList(), findings);
    }

    /// <summary>A file listed explicitly is answered even where a default glob would skip it, so the tag is part of its id.</summary>
    private static string Id(CandidateFile candidate) => candidate.Path + (candidate.Explicit ? "!" : "");

    /// <summary>One candidate per file; a file listed both explicitly and by a default glob is explicit.</summary>
    private List<CandidateFile> Candidates()
    {
        var explicitFiles = new HashSet<string>(
            Files.Where(f => string.Equals(f.GetMetadata(ExplicitMetadata), "true", StringComparison.OrdinalIgnoreCase)).Select(f => Path.GetFullPath(f.ItemSpec)),
            StringComparer.Ordinal);
        return ProjectConfigs.Paths(Files).Select(path => new CandidateFile(path, explicitFiles.Contains(path))).ToList();
    }
}
