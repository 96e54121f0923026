using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PromptLint.Hosting;

namespace PromptLint.MSBuild;

/// <summary>One file's cached findings and what they depend on (its own content first).</summary>
internal sealed record CachedFile(string Id, List<FileDependency> Dependencies, List<CachedFinding> Findings)
{
    public bool IsCurrent() => Dependencies.All(d => d.IsCurrent());
}

/// <summary>
/// The prompt-file task's obj/ cache, per file: a key line (engine, configurations, baseline), then for each file a
/// <c>file</c> line, its <c>dep</c> lines and its findings, then <see cref="FindingCache"/>'s trailer. When one prompt
/// changes only that prompt is linted again; a damaged cache (or another key) means every file is linted again.
/// </summary>
internal static class FileFindingCache
{
    private const string FileMark = "file";
    private const string DependencyMark = "dep";

    /// <summary>The cached files under <paramref name="key"/> by id, or null for a missing, damaged or differently keyed cache.</summary>
    public static Dictionary<string, CachedFile>? Read(string path, string key)
    {
        try
        {
            if (!File.Exists(path) || FileProbe.KindOf(path) != FileKind.Regular)
            {
                return null;
            }

            string text = File.ReadAllText(path);
            int trailer = text.LastIndexOf(FindingCache.TrailerMark, StringComparison.Ordinal);
            if (trailer < 0 || text.Substring(trailer) != FindingCache.Trailer(text.Substring(0, trailer)))
            {
                return null;
            }

            string[] lines = text.Substring(0, trailer).Split('\n');
            return lines.Length < 2 || lines[0] != key ? null : Parse(lines.Skip(1).Take(lines.Length - 2));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Dictionary<string, CachedFile>? Parse(IEnumerable<string> lines)
    {
        var files = new Dictionary<string, CachedFile>(StringComparer.Ordinal);
        CachedFile? current = null;
        foreach (string line in lines)
        {
            string[] f = line.Split('\t');
            if (f.Length == 2 && f[0] == FileMark)
            {
                current = new CachedFile(FindingCache.Unescape(f[1]), new List<FileDependency>(), new List<CachedFinding>());
                files[current.Id] = current;
            }
            else if (current is not null && f.Length == 4 && f[0] == DependencyMark && f[1] is "content" or "existence")
            {
                current.Dependencies.Add(new FileDependency(FindingCache.Unescape(f[2]), f[1] == "existence", f[3]));
            }
            else if (current is not null && FindingCache.Parse(line) is { } finding)
            {
                current.Findings.Add(finding);
            }
            else
            {
                return null;
            }
        }

        return files;
    }

    /// <summary>Writes the cache whole or not at all, like <see cref="FindingCache.Write"/>.</summary>
    public static void Write(string path, string key, IEnumerable<CachedFile> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var sb = new StringBuilder(key).Append('\n');
        foreach (CachedFile file in files)
        {
            sb.Append(FileMark).Append('\t').Append(FindingCache.Escape(file.Id)).Append('\n');
            foreach (FileDependency d in file.Dependencies)
            {
                sb.Append(DependencyMark).Append('\t').Append(d.IsExistence ? "existence" : "content").Append('\t')
                  .Append(FindingCache.Escape(d.Path)).Append('\t').Append(d.Value).Append('\n');
            }

            foreach (CachedFinding f in file.Findings)
            {
                FindingCache.AppendLine(sb, f);
            }
        }

        string body = sb.ToString();
        AtomicFile.WriteText(path, body + FindingCache.Trailer(body));
    }
}
