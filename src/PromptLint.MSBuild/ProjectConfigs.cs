using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using PromptLint.Configuration;
using PromptLint.Hosting;

namespace PromptLint.MSBuild;

/// <summary>
/// The promptlint.yaml cascade as the tasks see it: Core's <see cref="ConfigCascade"/> over the disk, or the one file
/// <c>PromptLintConfigFile</c> names when the project sets it.
/// </summary>
internal static class ProjectConfigs
{
    public static ConfigCascade Cascade(string? explicitConfigFile)
    {
        if (string.IsNullOrEmpty(explicitConfigFile))
        {
            return new ConfigCascade(new DiskConfigSource());
        }

        string full = Path.GetFullPath(explicitConfigFile);
        return File.Exists(full)
            ? ConfigCascade.Explicit(DiskConfigSource.Read(full))
            : ConfigCascade.None;
    }

    /// <summary>Full paths of the items, once each, in ordinal order.</summary>
    public static List<string> Paths(IEnumerable<ITaskItem> items) =>
        items.Select(f => Path.GetFullPath(f.ItemSpec)).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
}
