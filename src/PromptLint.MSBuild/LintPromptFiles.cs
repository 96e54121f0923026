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
using PromptLint.Readers;
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
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    public string? ConfigFile { get; set; }

    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>How many files were linted rather than replayed (for tests and logs).</summary>
    [Output]
    public int LintedCount { get; set; }

    public override bool Execute()
    {
        PromptLintConfig config = PromptLintConfig.Default;
        string configText = string.Empty;
        if (!string.IsNullOrEmpty(ConfigFile) && File.Exists(ConfigFile))
        {
            configText = File.ReadAllText(ConfigFile);
            ConfigParseResult parsed = ConfigParser.Parse(ConfigFile!, configText);
            if (parsed.Config is null)
            {
                return true; // GeneratePromptLintGlobalConfig reports the configuration's own problems
            }

            config = parsed.Config;
        }

        var paths = Files.Select(f => Path.GetFullPath(f.ItemSpec)).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        string key = Key(configText, paths);
        List<CachedFinding>? cached = FindingCache.Read(CacheFile, key);
        if (cached is null)
        {
            cached = new List<CachedFinding>();
            var chain = new ConfigChain(config == PromptLintConfig.Default ? Array.Empty<PromptLintConfig>() : new[] { config });
            foreach (string path in paths)
            {
                cached.AddRange(LintOne(path, chain));
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

    private static IEnumerable<CachedFinding> LintOne(string path, ConfigChain chain)
    {
        LintSettings settings = chain.SettingsFor(path).WithProjectFiles(File.Exists);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new[] { CachedFinding.From(InputDecoder.Unreadable(path, e.Message, settings)) };
        }

        Dictionary<string, string>? companions = null;
        string config = Path.Combine(Path.GetDirectoryName(path)!, PromptFormats.SemanticKernelConfig);
        if (PromptFormats.FromFileName(path) == Model.PromptFormat.SemanticKernelText && File.Exists(config))
        {
            companions = new Dictionary<string, string> { [PromptFormats.SemanticKernelConfig] = File.ReadAllText(config) };
        }

        return Linter.Lint(path, bytes, settings, companions).Findings.Select(CachedFinding.From);
    }

    private static string Key(string configText, List<string> paths)
    {
        using var sha = SHA256.Create();
        var sb = new StringBuilder(configText).Append('\0').Append(typeof(Linter).Assembly.GetName().Version);
        foreach (string path in paths)
        {
            sb.Append('\0').Append(path).Append('\0');
            sb.Append(File.Exists(path) ? Convert.ToBase64String(sha.ComputeHash(File.ReadAllBytes(path))) : "missing");
        }

        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(sb.ToString())));
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
