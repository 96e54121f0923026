using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.FineTuning;
using PromptLint.Hosting;
using PromptLint.Pipeline;
using PromptLint.Settings;

namespace PromptLint.MSBuild;

/// <summary>
/// Lints the fine-tuning evidence promptlint.yaml declares for the project under <c>models:</c> — the eval result
/// files (PL0014, PL4003–PL4006, PL4016), the training and validation sets (PL4007–PL4012, PL4017) and the entry's base
/// retirement (PL4013/PL4014 at its key) — in every project, C# or
/// not, on build (never in the analyzer, never in design-time builds). Findings are cached under obj/ keyed by the
/// configuration, the eval results and the datasets they name (by content) and the declared training and validation
/// sets (by length and time stamp), and replayed when nothing changed.
/// </summary>
public sealed class LintFineTuningEvidence : Task
{
    /// <summary>The promptlint.yaml the project names with <c>PromptLintConfigFile</c>; empty: the project folder's cascade.</summary>
    public string? ConfigFile { get; set; }

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>promptlint.baseline.json (the nearest one above the project); its findings are not reported.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>The folder baseline paths are relative to (the repository root); empty: the baseline's folder.</summary>
    public string? RepositoryRoot { get; set; }

    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>How many models' evidence was checked rather than replayed (for tests and logs).</summary>
    [Output]
    public int CheckedCount { get; set; }

    public override bool Execute()
    {
        ConfigCascade cascade = ProjectConfigs.Cascade(ConfigFile);
        cascade.ChainFor(Path.GetFullPath(ProjectDirectory), isFolder: true);
        if (cascade.HasErrors)
        {
            return true; // GeneratePromptLintGlobalConfig reports the configuration's own problems
        }

        var pipeline = DiskEvidence.Pipeline(cascade, new DiskFileHost(), ProjectDirectory);
        IReadOnlyList<ModelBaseline> models = pipeline.DeclaredModels();
        if (models.Count == 0)
        {
            return true;
        }

        // Keyed on every file the check reads: the declared training and validation sets by length and time stamp (they
        // can be hundreds of megabytes), the eval results and the datasets they name by content (a held-out set that
        // starts overlapping the training set is checked again).
        IReadOnlyList<string> read = pipeline.FilesRead(models);
        var declaredSets = new HashSet<string>(models.SelectMany(m => new[] { m.Training, m.Validation }.Select(m.Resolve)).OfType<string>(), StringComparer.Ordinal);
        string key = new FindingCacheKey().AddConfigurations(cascade)
            .AddStamped(read.Where(declaredSets.Contains))
            .AddFiles(read.Where(path => !declaredSets.Contains(path)).Select(path => (path, ":content")))
            .AddFiles(TaskBaseline.CacheKeyPart(BaselineFile, RepositoryRoot))
            .Build();
        FindingCache.LintOrReplay(Log, CacheFile, key, () =>
        {
            IReadOnlyList<FineTuneEvidence> evidence = pipeline.LintDeclared(models);
            CheckedCount = evidence.Count;
            // As the CLI fingerprints them: per file, without the file's text. Problems with the baseline itself are
            // reported by the analyzer or LintPromptFiles, not again here.
            TaskBaseline baseline = TaskBaseline.Load(null, BaselineFile, RepositoryRoot);
            return evidence.SelectMany(e => e.Findings).GroupBy(f => f.Path, StringComparer.Ordinal)
                .SelectMany(g => baseline.NotBaselined(g.ToList(), null, g.Key)).Select(CachedFinding.From).ToList();
        }, (count, replayed) => replayed
            ? $"PromptLint: fine-tuning evidence unchanged; replayed {count} finding(s) from {CacheFile}"
            : $"PromptLint: checked the fine-tuning evidence of {CheckedCount} model(s), {count} finding(s)");

        return !Log.HasLoggedErrors;
    }
}
