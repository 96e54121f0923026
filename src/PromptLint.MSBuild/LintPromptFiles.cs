using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.Linting;
using PromptLint.Hosting;
using PromptLint.Pipeline;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.MSBuild;

/// <summary>
/// Lints prompt files with the Core engine where no C# compilation will (F# and other non-C# projects). Findings
/// are cached under obj/ keyed by a hash of the configuration and every file's content, and replayed from the
/// cache when nothing changed — so warnings never vanish on an incremental build and nothing is linted twice.
/// </summary>
public sealed class LintPromptFiles : Task
{
    /// <summary>Item metadata on files the user listed (not found by a default glob): those always get an answer.</summary>
    internal const string ExplicitMetadata = "PromptLintExplicit";

    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The promptlint.yaml the project names with <c>PromptLintConfigFile</c>; empty: each file's cascade.</summary>
    public string? ConfigFile { get; set; }

    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>How many files were linted rather than replayed (for tests and logs).</summary>
    [Output]
    public int LintedCount { get; set; }

    public override bool Execute()
    {
        ConfigCascade cascade = ProjectConfigs.Cascade(ConfigFile);
        List<CandidateFile> candidates = Candidates();
        foreach (CandidateFile candidate in candidates)
        {
            cascade.ChainFor(candidate.Path);
        }

        if (cascade.HasErrors)
        {
            return true; // GeneratePromptLintGlobalConfig reports the configuration's own problems
        }

        string key = Key(cascade, candidates);
        List<CachedFinding>? cached = FindingCache.Read(CacheFile, key);
        if (cached is null)
        {
            cached = new List<CachedFinding>();
            var pipeline = new PromptFilePipeline(cascade, new DiskFileHost());
            foreach (CandidateFile candidate in candidates)
            {
                cached.AddRange(pipeline.Lint(candidate).Findings.Select(CachedFinding.From));
                LintedCount++;
            }

            FindingCache.Write(CacheFile, key, cached);
        }

        Log.LogMessage(MessageImportance.Normal, LintedCount > 0
            ? $"PromptLint: linted {LintedCount} prompt file(s), {cached.Count} finding(s)"
            : $"PromptLint: nothing changed; replayed {cached.Count} finding(s) from {CacheFile}");
        foreach (CachedFinding finding in cached)
        {
            finding.Log(Log);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>One candidate per file; a file listed both explicitly and by a default glob is explicit.</summary>
    private List<CandidateFile> Candidates()
    {
        var explicitFiles = new HashSet<string>(
            Files.Where(f => string.Equals(f.GetMetadata(ExplicitMetadata), "true", StringComparison.OrdinalIgnoreCase)).Select(f => Path.GetFullPath(f.ItemSpec)),
            StringComparer.Ordinal);
        return ProjectConfigs.Paths(Files).Select(path => new CandidateFile(path, explicitFiles.Contains(path))).ToList();
    }

    /// <summary>The cache key: every configuration's text, the engine's version, and every candidate's content.</summary>
    private static string Key(ConfigCascade cascade, List<CandidateFile> candidates)
    {
        using var sha = SHA256.Create();
        var sb = new StringBuilder().Append(typeof(Linter).Assembly.GetName().Version);
        foreach (ConfigParseResult config in cascade.Parsed)
        {
            sb.Append('\0').Append(config.Path).Append('\0').Append(ContentHash(sha, config.Path));
        }

        foreach (CandidateFile candidate in candidates)
        {
            sb.Append('\0').Append(candidate.Path).Append(candidate.Explicit ? "!" : "").Append('\0');
            sb.Append(ContentHash(sha, candidate.Path));
        }

        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>A hash of a regular file's bytes; FIFOs, devices and folders are never opened here.</summary>
    private static string ContentHash(SHA256 sha, string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return "missing";
            }

            // The length and time stamp stand in for the content of huge or special files: the pipeline reads at most
            // maxFileBytes, and a FIFO or device (or a link to one) must never be opened.
            if (info.Length > 16 * 1024 * 1024 || FileProbe.KindOf(path) != FileKind.Regular)
            {
                return info.Length + ":" + info.LastWriteTimeUtc.Ticks;
            }

            using FileStream stream = info.OpenRead();
            return Convert.ToBase64String(sha.ComputeHash(stream));
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
    public static List<CachedFinding>? Read(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != key)
        {
            return null;
        }

        var findings = new List<CachedFinding>();
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length != 8 || !Enum.TryParse(f[1], out Severity severity))
            {
                return null;
            }

            findings.Add(new CachedFinding(f[0], severity, f[2], int.Parse(f[3]), int.Parse(f[4]), int.Parse(f[5]), int.Parse(f[6]), Unescape(f[7])));
        }

        return findings;
    }

    public static void Write(string path, string key, List<CachedFinding> findings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var sb = new StringBuilder(key).Append('\n');
        foreach (CachedFinding f in findings)
        {
            sb.Append(f.RuleId).Append('\t').Append(f.Severity).Append('\t').Append(f.File).Append('\t').Append(f.Line).Append('\t').Append(f.Column)
              .Append('\t').Append(f.EndLine).Append('\t').Append(f.EndColumn).Append('\t').Append(Escape(f.Message)).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string s)
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
