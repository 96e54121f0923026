using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.FineTuning;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Pipeline;

namespace PromptLint.MSBuild;

/// <summary>
/// Lints the fine-tuning evidence promptlint.yaml declares for the project under <c>models:</c> — the eval result
/// files (PL0014, PL4003–PL4006) and the training and validation sets (PL4007–PL4012) — in every project, C# or
/// not, on build (never in the analyzer, never in design-time builds). Findings are cached under obj/ keyed by the
/// configuration and each declared file's length and time stamp, and replayed when nothing changed.
/// </summary>
public sealed class LintFineTuningEvidence : Task
{
    /// <summary>The promptlint.yaml the project names with <c>PromptLintConfigFile</c>; empty: the project folder's cascade.</summary>
    public string? ConfigFile { get; set; }

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

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

        var pipeline = new EvidencePipeline(cascade, new DiskFileHost());
        IReadOnlyList<ModelBaseline> models = pipeline.DeclaredModels();
        if (models.Count == 0)
        {
            return true;
        }

        string key = Key(cascade, models);
        List<CachedFinding>? cached = FindingCache.Read(CacheFile, key);
        if (cached is null)
        {
            IReadOnlyList<FineTuneEvidence> evidence = pipeline.LintDeclared(models);
            CheckedCount = evidence.Count;
            cached = evidence.SelectMany(e => e.Findings).Select(CachedFinding.From).ToList();
            FindingCache.Write(CacheFile, key, cached);
        }

        Log.LogMessage(MessageImportance.Normal, CheckedCount > 0
            ? $"PromptLint: checked the fine-tuning evidence of {CheckedCount} model(s), {cached.Count} finding(s)"
            : $"PromptLint: fine-tuning evidence unchanged; replayed {cached.Count} finding(s) from {CacheFile}");
        foreach (CachedFinding finding in cached)
        {
            finding.Log(Log);
        }

        return !Log.HasLoggedErrors;
    }

    private static string Key(ConfigCascade cascade, IReadOnlyList<ModelBaseline> models)
    {
        using var sha = SHA256.Create();
        var sb = new StringBuilder().Append(typeof(Linter).Assembly.GetName().Version);
        foreach (ConfigParseResult config in cascade.Parsed)
        {
            sb.Append('\0').Append(config.Path).Append('\0').Append(File.Exists(config.Path) ? Convert.ToBase64String(sha.ComputeHash(File.ReadAllBytes(config.Path))) : "missing");
        }

        foreach (ModelBaseline model in models)
        {
            foreach (string? relative in new[] { model.Baseline, model.Evaluation, model.Training, model.Validation })
            {
                if (model.Resolve(relative) is { } path)
                {
                    sb.Append('\0').Append(path).Append('\0').Append(Stamp(path));
                }
            }
        }

        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Length and time stamp: hashing a 200 MB dataset on every build would cost more than linting it.</summary>
    private static string Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length + ":" + info.LastWriteTimeUtc.Ticks : "missing";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + e.GetType().Name;
        }
    }
}
