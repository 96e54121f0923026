using System;
using PromptLint.Configuration;
using PromptLint.Linting;
using PromptLint.Pipeline;
using PromptLint.Settings;

namespace PromptLint.Hosting;

/// <summary>The disk hosts' evidence pipeline (the CLI and the MSBuild tasks).</summary>
public static class DiskEvidence
{
    /// <summary>The evidence pipeline over the disk, bounded by the repository root of each configuration.</summary>
    public static EvidencePipeline Pipeline(ConfigCascade cascade, IStreamingFileHost host, string projectFolder, Func<LintSettings, LintSettings>? adjustSettings = null) =>
        new(cascade, host, adjustSettings, new RepositoryBoundary(cascade, projectFolder));
}
