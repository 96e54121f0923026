using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.MSBuild;

/// <summary>
/// The key of a task's obj/ cache: the engine's version, every configuration of the cascade, and the inputs' content
/// (or, where reading would cost more than linting, their length and time stamp). FIFOs and devices are never opened.
/// </summary>
internal sealed class FindingCacheKey
{
    private readonly StringBuilder _text = new StringBuilder().Append(typeof(Linter).Assembly.GetName().Version);

    public FindingCacheKey AddConfigurations(ConfigCascade cascade)
    {
        foreach (ConfigParseResult config in cascade.Parsed)
        {
            Add(config.Path, ContentHash(config.Path));
        }

        return this;
    }

    /// <summary>Files whose content the findings depend on; <c>Tag</c> marks how each was taken (e.g. explicit).</summary>
    public FindingCacheKey AddFiles(IEnumerable<(string Path, string Tag)> files)
    {
        foreach (var (path, tag) in files)
        {
            Add(path + tag, ContentHash(path));
        }

        return this;
    }

    /// <summary>Files too large to hash on every build (datasets): their length and time stamp stand for the content.</summary>
    public FindingCacheKey AddStamped(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            Add(path, Stamp(path));
        }

        return this;
    }

    public string Build()
    {
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(_text.ToString())));
    }

    private void Add(string name, string value) => _text.Append('\0').Append(name).Append('\0').Append(value);

    internal static string ContentHash(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return "missing";
            }

            // The pipeline reads at most maxFileBytes, and a FIFO, a device or a procfs/sysfs file (or a link to one) must never be opened.
            if (info.Length > 16 * 1024 * 1024 || FileProbe.KindOf(path) != FileKind.Regular || RepositoryBoundary.IsOnVirtualFileSystem(path))
            {
                return Stamp(path);
            }

            using var sha = SHA256.Create();
            using FileStream stream = info.OpenRead();
            return Convert.ToBase64String(sha.ComputeHash(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + e.GetType().Name;
        }
    }

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

/// <summary>A finding as stored in the cache: enough to log it again.</summary>
internal sealed record CachedFinding(string RuleId, Severity Severity, string File, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    public static CachedFinding From(Finding f) =>
        new(f.RuleId, f.Severity, f.Path, f.Position.Start.Line, f.Position.Start.Column, f.Position.End.Line, f.Position.End.Column, f.Message);

    public void Log(TaskLoggingHelper log)
    {
        RuleDescriptor rule = RuleCatalog.Find(RuleId)!;
        var finding = new Finding(rule, Severity, File, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)), Message);
        TaskLogging.Log(log, finding, File);
    }
}

/// <summary>The obj/ cache file: a key line, then one tab-separated finding per line.</summary>
internal static class FindingCache
{
    /// <summary>
    /// Replays the findings cached under <paramref name="key"/>, or runs <paramref name="lint"/> and caches what it
    /// found; either way logs them, so warnings never vanish on an incremental build.
    /// </summary>
    public static void LintOrReplay(TaskLoggingHelper log, string cacheFile, string key, Func<List<CachedFinding>> lint, Func<int, bool, string> summary)
    {
        List<CachedFinding>? findings = Read(cacheFile, key);
        bool replayed = findings is not null;
        if (findings is null)
        {
            findings = lint();
            Write(cacheFile, key, findings);
        }

        log.LogMessage(MessageImportance.Normal, summary(findings.Count, replayed));
        foreach (CachedFinding finding in findings)
        {
            finding.Log(log);
        }
    }

    /// <summary>
    /// The findings cached under <paramref name="key"/>, or null — for a missing file, another key, and any content
    /// that is not exactly what <see cref="Write"/> wrote (a line that does not parse, a file cut short by a crash:
    /// the trailer's count and hash do not match), so a damaged cache means "lint again", never a build failure.
    /// </summary>
    public static List<CachedFinding>? Read(string path, string key)
    {
        try
        {
            if (!File.Exists(path) || FileProbe.KindOf(path) != FileKind.Regular)
            {
                return null;
            }

            string text = File.ReadAllText(path);
            int trailer = text.LastIndexOf(TrailerMark, StringComparison.Ordinal);
            if (trailer < 0 || text.Substring(trailer) != Trailer(text.Substring(0, trailer)))
            {
                return null;
            }

            string[] lines = text.Substring(0, trailer).Split('\n');
            if (lines.Length < 2 || lines[0] != key)
            {
                return null;
            }

            var findings = new List<CachedFinding>();
            foreach (string line in lines.Skip(1).Take(lines.Length - 2))
            {
                if (Parse(line) is not { } finding)
                {
                    return null;
                }

                findings.Add(finding);
            }

            return findings;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache whole or not at all (a file beside it, renamed over it), ending in the trailer <see cref="Read"/> checks.</summary>
    public static void Write(string path, string key, List<CachedFinding> findings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var sb = new StringBuilder(key).Append('\n');
        foreach (CachedFinding f in findings)
        {
            AppendLine(sb, f);
        }

        string body = sb.ToString();
        AtomicFile.WriteText(path, body + Trailer(body));
    }

    /// <summary>One finding as one tab-separated line (what <see cref="Parse"/> reads).</summary>
    internal static void AppendLine(StringBuilder sb, CachedFinding f) =>
        sb.Append(f.RuleId).Append('\t').Append(f.Severity).Append('\t').Append(f.File).Append('\t').Append(f.Line).Append('\t').Append(f.Column)
          .Append('\t').Append(f.EndLine).Append('\t').Append(f.EndColumn).Append('\t').Append(Escape(f.Message)).Append('\n');

    internal const string TrailerMark = "#end\t";

    /// <summary>The last line: how many bytes came before it and their SHA-256.</summary>
    internal static string Trailer(string body)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        using var sha = SHA256.Create();
        return TrailerMark + bytes.Length + "\t" + Convert.ToBase64String(sha.ComputeHash(bytes)) + "\n";
    }

    internal static CachedFinding? Parse(string line)
    {
        string[] f = line.Split('\t');
        int[] numbers = new int[4];
        if (f.Length != 8 || RuleCatalog.Find(f[0]) is null || !Enum.TryParse(f[1], out Severity severity) || !Enum.IsDefined(typeof(Severity), severity))
        {
            return null;
        }

        for (int i = 0; i < 4; i++)
        {
            if (!int.TryParse(f[3 + i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return new CachedFinding(f[0], severity, f[2], numbers[0], numbers[1], numbers[2], numbers[3], Unescape(f[7]));
    }

    internal static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    internal static string Unescape(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                char n = s[++i];
                sb.Append(n switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => n });
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
