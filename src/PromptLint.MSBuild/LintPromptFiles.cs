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
/// are cached under obj/ keyed by a hash of the configuration and every file's content, and replayed from the
/// cache when nothing changed — so warnings never vanish on an incremental build and nothing is linted twice.
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

        string key = new FindingCacheKey().AddConfigurations(cascade).AddFiles(candidates.Select(c => (c.Path, c.Explicit ? "!" : "")))
            .AddFiles(TaskBaseline.CacheKeyPart(BaselineFile, RepositoryRoot)).Build();
        var pipeline = new PromptFilePipeline(cascade, new DiskFileHost());
        TaskBaseline baseline = TaskBaseline.Load(Log, BaselineFile, RepositoryRoot);
        FindingCache.LintOrReplay(Log, CacheFile, key, () =>
        {
            var findings = new List<CachedFinding>();
            foreach (CandidateFile candidate in candidates)
            {
                FileOutcome outcome = pipeline.Lint(candidate);
                findings.AddRange(baseline.NotBaselined(outcome.Findings, outcome.Document?.Source, candidate.Path).Select(CachedFinding.From));
                LintedCount++;
            }

            return findings;
        }, (count, replayed) => replayed
            ? $"PromptLint: nothing changed; replayed {count} finding(s) from {CacheFile}"
            : $"PromptLint: linted {LintedCount} prompt file(s), {count} finding(s)");

        return !Log.HasLoggedErrors;
    }

    /// <summary>One candidate per file; a file listed both explicitly and by a default glob is explicit.</summary>
    private List<CandidateFile> Candidates()
    {
        var explicitFiles = new HashSet<string>(
            Files.Where(f => string.Equals(f.GetMetadata(ExplicitMetadata), "true", StringComparison.OrdinalIgnoreCase)).Select(f => Path.GetFullPath(f.ItemSpec)),
            StringComparer.Ordinal);
        return ProjectConfigs.Paths(Files).Select(path => new CandidateFile(path, explicitFiles.Contains(path))).ToList();
    }
}
