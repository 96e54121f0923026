using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PromptLint.Hosting;

/// <summary>
/// Whether a path, with its links resolved, is on procfs, sysfs, a device file system or another kernel file system,
/// judged by its path and by the file system's type: their "regular" files claim 0 bytes, change while read, or block
/// (a trace pipe), so no host opens them. One instance serves one run (a host keeps it): the mount table is read once
/// and each folder's real path resolved once, instead of both again for every file — they were about a fifth of a
/// CLI run's CPU over a few hundred files (docs/performance.md). Nothing is kept across runs, so a long-lived MSBuild
/// node sees a changed link or mount in its next build.
/// </summary>
public sealed class VirtualFileSystems
{
    private static readonly string[] VirtualPrefixes = { "/proc", "/sys", "/dev" };

    private static readonly HashSet<string> VirtualTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "proc", "sysfs", "devtmpfs", "devpts", "debugfs", "tracefs", "securityfs", "cgroup", "cgroup2", "cgroupfs",
        "configfs", "fusectl", "pstore", "bpf", "efivarfs", "mqueue", "hugetlbfs", "binfmt_misc", "autofs", "rpc_pipefs", "nsfs",
    };

    private readonly Lazy<MountTable?> _mounts = new(MountTable.ReadForProcess);
    private readonly ConcurrentDictionary<string, string?> _realFolders = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is on a virtual file system (see the class summary).</summary>
    public bool Holds(string path) => IsVirtual(RealPath(path));

    /// <summary>Whether an already resolved path is on one.</summary>
    internal bool IsVirtual(string resolved)
    {
        if (VirtualPrefixes.Any(prefix => PathInside(resolved, prefix)))
        {
            return true;
        }

        string? type = _mounts.Value is { } table ? table.TypeOf(resolved) : MountTable.DriveFormatOf(resolved);
        return type is not null && VirtualTypes.Contains(type);
    }

    /// <summary>
    /// The path with its links resolved: an absolute, normalised path that is not itself a link is its folder's real
    /// path (resolved once per folder) and its name; anything else ("..", a relative path, a link) is resolved on its
    /// own, as the kernel would. The full path when nothing can be resolved.
    /// </summary>
    private string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !string.Equals(full, path, StringComparison.Ordinal) || FileProbe.IsLink(full))
        {
            return FileProbe.RealPath(path) ?? full;
        }

        string? realFolder = _realFolders.GetOrAdd(folder, FileProbe.RealPath);
        return realFolder is null ? FileProbe.RealPath(full) ?? full : Path.Combine(realFolder, Path.GetFileName(full));
    }

    internal static bool PathInside(string path, string folder)
    {
        StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string trimmed = folder.TrimEnd('/', '\\');
        return path.Equals(trimmed, comparison)
            || (path.StartsWith(trimmed, comparison) && path.Length > trimmed.Length && (path[trimmed.Length] == '/' || path[trimmed.Length] == '\\'))
            || trimmed.Length == 0;
    }
}
