using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;

namespace PromptLint.MSBuild;

/// <summary>
/// Lists the promptlint.yaml files that apply to a project (Core's cascade from its folder upwards, or the one file
/// <c>PromptLintConfigFile</c> names), so the analyzer sees the same chain as the CLI and the generated
/// .globalconfig is rebuilt when any of them changes. Cheap enough to run on every build; reports nothing itself
/// (GeneratePromptLintGlobalConfig reports the files' problems).
/// </summary>
public sealed class FindPromptLintConfigFiles : Task
{
    public string? ConfigFile { get; set; }

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Output]
    public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The nearest folder at or above the project that holds <c>.git</c> (baseline paths are relative to it); empty when none.</summary>
    [Output]
    public string RepositoryRoot { get; set; } = string.Empty;

    public override bool Execute()
    {
        ConfigCascade cascade = ProjectConfigs.Cascade(ConfigFile);
        cascade.ChainFor(System.IO.Path.GetFullPath(ProjectDirectory), isFolder: true);
        ConfigFiles = cascade.Parsed.Select(r => (ITaskItem)new TaskItem(r.Path)).ToArray();
        var disk = new PromptLint.Hosting.DiskConfigSource();
        for (string? folder = System.IO.Path.GetFullPath(ProjectDirectory); folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
        {
            if (disk.IsRepositoryRoot(folder))
            {
                RepositoryRoot = folder;
                break;
            }
        }

        return true;
    }
}
