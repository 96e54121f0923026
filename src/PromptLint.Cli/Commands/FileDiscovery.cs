using System;
using System.Collections.Generic;
using System.IO;
using PromptLint.Model;
using PromptLint.Readers;

namespace PromptLint.Cli.Commands;

/// <summary>Expands the command line's paths into files: folders recurse (skipping build output and VCS folders).</summary>
internal static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", ".git", ".vs", ".idea", "artifacts", "TestResults",
    };

    /// <summary>A file to lint; <see cref="Explicit"/> files are linted even when their content looks like no prompt.</summary>
    public readonly record struct Candidate(string Path, bool Explicit);

    public static List<Candidate> Expand(IEnumerable<string> paths, string workingDirectory, List<string> missing)
    {
        var files = new List<Candidate>();
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                Walk(full, files);
            }
            else if (File.Exists(full))
            {
                files.Add(new Candidate(full, Explicit: true));
            }
            else
            {
                missing.Add(path);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static void Walk(string folder, List<Candidate> files)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files.Add(new Candidate(current, Explicit: true));
                continue;
            }

            foreach (string entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(entry)))
                    {
                        pending.Push(entry);
                    }
                }
                else if (PromptFormats.FromFileName(entry) != PromptFormat.Unknown)
                {
                    files.Add(new Candidate(entry, Explicit: false));
                }
            }
        }
    }
}
