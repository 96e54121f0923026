using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PromptLint.Configuration;
using PromptLint.Pipeline;

namespace PromptLint.Hosting;

/// <summary>
/// Host-side (the CLI and the MSBuild task share it through <see cref="DiskEvidence"/>): where a file
/// that a promptlint.yaml names may live. A configuration is text anyone can change in a pull request, so the files it
/// names are read only when, with every symbolic link resolved, they are regular files inside the repository root
/// the cascade found for it — the nearest folder at or above it with <c>.git</c> or a <c>root: true</c>
/// configuration, else the project folder (or, for a configuration outside that, its own folder). Virtual file
/// systems (procfs, sysfs, devices) are refused by their path and by their file system type, because they hold
/// "regular" files that report 0 bytes or block when read.
/// </summary>
public sealed class RepositoryBoundary : IEvidenceBoundary
{
    private readonly ConfigCascade _cascade;
    private readonly string _projectFolder;
    private readonly VirtualFileSystems _virtual = new();

    /// <param name="cascade">The configurations read (a <c>root: true</c> one bounds its folder).</param>
    /// <param name="projectFolder">The folder the run is for: the CLI's working directory, the project's folder in MSBuild.</param>
    public RepositoryBoundary(ConfigCascade cascade, string projectFolder)
    {
        _cascade = cascade ?? throw new ArgumentNullException(nameof(cascade));
        _projectFolder = Path.GetFullPath(projectFolder);
    }

    /// <summary>
    /// Why <paramref name="path"/>, named by the configuration at <paramref name="configPath"/>, is not read; null when
    /// it may be read (or does not exist: the caller's "missing" handling applies). The reason quotes nothing from the file.
    /// </summary>
    public string? Refusal(string configPath, string path)
    {
        string full = Path.GetFullPath(path);
        if (FileProbe.KindOf(full) == FileKind.Missing)
        {
            return null;
        }

        string root = RootFor(configPath);
        string resolved = FileProbe.RealPath(full) ?? full;
        string realRoot = FileProbe.RealPath(root) ?? root;
        if (!IsInside(resolved, realRoot))
        {
            return "it resolves to a path outside the repository (" + realRoot + "), and files a configuration names are read only inside it";
        }

        if (_virtual.IsVirtual(resolved))
        {
            return "it is on a virtual file system (procfs, sysfs or devices), which is never read";
        }

        return FileProbe.KindOf(resolved) switch
        {
            FileKind.Regular => null,
            FileKind.Directory => "it is a folder",
            _ => "it is not a regular file (" + (FileProbe.DescribeSpecial(resolved) ?? "its type is unknown") + "), which is never opened",
        };
    }

    /// <summary>The repository root that bounds what the configuration at <paramref name="configPath"/> may name.</summary>
    public string RootFor(string configPath)
    {
        string configFolder = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? _projectFolder;
        var rootConfigs = new HashSet<string>(
            _cascade.Parsed.Where(p => p.Config is { Root: true }).Select(p => Path.GetDirectoryName(Path.GetFullPath(p.Path)) ?? string.Empty),
            StringComparer.Ordinal);
        for (string? folder = configFolder; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (rootConfigs.Contains(folder!) || Directory.Exists(Path.Combine(folder!, ".git")) || File.Exists(Path.Combine(folder!, ".git")))
            {
                return folder!;
            }
        }

        return IsInside(configFolder, _projectFolder) ? _projectFolder : configFolder;
    }

    /// <summary>
    /// Whether <paramref name="path"/>, with its links resolved, is on a virtual file system; asked once, so the mount
    /// table is read for this call alone. A host that asks for many files keeps a <see cref="VirtualFileSystems"/>.
    /// </summary>
    public static bool IsOnVirtualFileSystem(string path) => new VirtualFileSystems().Holds(path);

    private static bool IsInside(string path, string folder) => VirtualFileSystems.PathInside(path, folder);
}
