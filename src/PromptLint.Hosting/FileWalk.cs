using System;
using System.Collections.Generic;
using System.IO;

namespace PromptLint.Hosting;

/// <summary>One path the walk found or was given.</summary>
/// <param name="Path">The path as reached (under the folder named, through links), never the link target.</param>
/// <param name="Explicit">Named by the user rather than found in a folder.</param>
/// <param name="Kind">
/// <see cref="FileKind.Regular"/> to read; <see cref="FileKind.Special"/> (FIFO, socket, device: only explicit ones
/// are yielded, never opened) and <see cref="FileKind.Missing"/> (a dangling link) for a located PL0010;
/// <see cref="FileKind.Directory"/> for a folder that could not be listed (<see cref="Problem"/> says why).
/// </param>
/// <param name="Problem">Why a non-regular entry cannot be linted, for the host's PL0010 message.</param>
public readonly record struct WalkEntry(string Path, bool Explicit, FileKind Kind, string? Problem = null);

/// <summary>
/// Host-side (the lint path never calls this; the CLI and the MSBuild task do): expands paths into the files to
/// lint, and always terminates. A folder is entered once by its real path (so symbolic-link loops and two links to
/// one folder are walked once), a file is yielded once by its real path (two links to one file are one file),
/// FIFOs, sockets and devices found in a folder are skipped without being opened (a dangling link with a prompt's
/// name is yielded for a PL0010), and entries are visited in ordinal order so which path of a linked file is
/// reported is deterministic. Where real paths cannot be resolved (Windows, see <see cref="FileProbe"/>), linked folders are not followed at all.
/// </summary>
public static class FileWalk
{
    public static List<WalkEntry> Expand(IEnumerable<string> paths, string workingDirectory, Func<string, bool> isCandidate,
        ICollection<string> skippedFolderNames, List<string> missing)
    {
        var walk = new Walker(isCandidate, skippedFolderNames);
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(Path.Combine(workingDirectory, path));
            FileKind kind = FileProbe.KindOfEntry(full, out bool isLink);
            switch (kind)
            {
                case FileKind.Directory:
                    walk.Folder(full, isLink);
                    break;
                case FileKind.Missing when isLink:
                    walk.Add(new WalkEntry(full, true, FileKind.Missing, "it is a symbolic link to a file that does not exist"));
                    break;
                case FileKind.Missing:
                    missing.Add(path);
                    break;
                case FileKind.Special:
                    walk.Add(new WalkEntry(full, true, FileKind.Special, $"it is {FileProbe.DescribeSpecial(full) ?? "not a regular file"}, which is never opened"));
                    break;
                default:
                    walk.File(full, isLink, explicitly: true);
                    break;
            }
        }

        walk.Entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return walk.Entries;
    }

    private sealed class Walker
    {
        private readonly Func<string, bool> _isCandidate;
        private readonly ICollection<string> _skipped;
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);

        public Walker(Func<string, bool> isCandidate, ICollection<string> skipped)
        {
            _isCandidate = isCandidate;
            _skipped = skipped;
        }

        public List<WalkEntry> Entries { get; } = new();

        public void Add(WalkEntry entry) => Entries.Add(entry);

        public void File(string path, bool isLink, bool explicitly)
        {
            string real = (isLink ? FileProbe.RealPath(path) : RealOfPlain(path)) ?? path;
            if (_files.Add(real))
            {
                Entries.Add(new WalkEntry(path, explicitly, FileKind.Regular));
            }
        }

        public void Folder(string root, bool rootIsLink)
        {
            string rootReal = FileProbe.RealPath(root) ?? root;
            if (!_folders.Add(rootReal))
            {
                return;
            }

            var pending = new Stack<(string Path, string Real)>();
            pending.Push((root, rootReal));
            while (pending.Count > 0)
            {
                var (current, currentReal) = pending.Pop();
                string[] entries;
                try
                {
                    entries = Directory.GetFileSystemEntries(current);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Entries.Add(new WalkEntry(current, true, FileKind.Directory, "the folder cannot be listed"));
                    continue;
                }

                Array.Sort(entries, StringComparer.Ordinal);
                var folders = new List<(string, string)>();
                foreach (string entry in entries)
                {
                    string name = Path.GetFileName(entry);
                    FileKind kind = FileProbe.KindOfEntry(entry, out bool isLink);
                    if (kind == FileKind.Directory)
                    {
                        // A plain folder's real path is its real parent's plus its name; only links need resolving.
                        string? real = isLink ? FileProbe.RealPath(entry) : Path.Combine(currentReal, name);
                        if (!_skipped.Contains(name) && real is not null && _folders.Add(real))
                        {
                            folders.Add((entry, real));
                        }
                    }
                    else if (_isCandidate(entry))
                    {
                        Candidate(entry, name, kind, isLink, currentReal);
                    }
                }

                // Pushed in reverse so folders are entered in ordinal order.
                for (int k = folders.Count - 1; k >= 0; k--)
                {
                    pending.Push(folders[k]);
                }
            }
        }

        private void Candidate(string entry, string name, FileKind kind, bool isLink, string folderReal)
        {
            switch (kind)
            {
                case FileKind.Regular:
                    string? real = isLink ? FileProbe.RealPath(entry) : Path.Combine(folderReal, name);
                    if (_files.Add(real ?? entry))
                    {
                        Entries.Add(new WalkEntry(entry, false, FileKind.Regular));
                    }

                    break;
                case FileKind.Unknown:
                    // No way to tell a FIFO from a file here: the reader opens it only if its length says it is not empty.
                    if (_files.Add(entry))
                    {
                        Entries.Add(new WalkEntry(entry, false, FileKind.Unknown));
                    }

                    break;
                case FileKind.Missing when isLink:
                    // A dangling link with a prompt's name is worth a PL0010 (it cannot block: there is nothing to open).
                    Entries.Add(new WalkEntry(entry, false, FileKind.Missing, "it is a symbolic link to a file that does not exist"));
                    break;

                // FIFOs, sockets and devices found by walking are skipped without a word: nobody asked for them.
            }
        }

        private static string? RealOfPlain(string path)
        {
            string? folder = Path.GetDirectoryName(path);
            string? realFolder = folder is null ? null : FileProbe.RealPath(folder);
            return realFolder is null ? FileProbe.RealPath(path) : Path.Combine(realFolder, Path.GetFileName(path));
        }
    }
}
