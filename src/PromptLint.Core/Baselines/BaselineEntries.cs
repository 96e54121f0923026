using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Text;

namespace PromptLint.Baselines;

/// <summary>One accepted finding in promptlint.baseline.json: its rule, repository-relative path and fingerprint.</summary>
public sealed record BaselineEntry(string RuleId, string Path, string Fingerprint);

/// <summary>
/// The entries of a baseline and the key their fingerprints were computed with, and the matching every host uses: a
/// finding is baselined when an unmatched entry has its rule, path and fingerprint (each entry matches once).
/// Thread-safe, so the analyzer's concurrent file actions can share one.
/// </summary>
public sealed class BaselineEntries
{
    /// <summary>The file name every host looks for.</summary>
    public const string FileName = "promptlint.baseline.json";

    private readonly Dictionary<string, int> _remaining;
    private int _matched;

    public BaselineEntries(IReadOnlyList<BaselineEntry> entries, FingerprintKey key)
    {
        Entries = entries;
        Key = key;
        _remaining = entries.GroupBy(e => EntryKey(e.RuleId, e.Path, e.Fingerprint)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The key this baseline's fingerprints were computed with (<see cref="FingerprintKey.Legacy"/> for version 1).</summary>
    public FingerprintKey Key { get; }

    public int Matched => _matched;

    public int Fixed => Entries.Count - Matched;

    /// <summary>True (and consumes the entry) when the finding is in the baseline.</summary>
    public bool Contains(string ruleId, string repoPath, string fingerprint)
    {
        string key = EntryKey(ruleId, repoPath, fingerprint);
        lock (_remaining)
        {
            if (_remaining.TryGetValue(key, out int left) && left > 0)
            {
                _remaining[key] = left - 1;
                _matched++;
                return true;
            }
        }

        return false;
    }

    /// <summary>The findings of one file the baseline does not hold (consuming the entries that match).</summary>
    public IReadOnlyList<Finding> NotBaselined(IReadOnlyList<Finding> findings, SourceText? source, string repoPath)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        List<string> fingerprints = Fingerprints.Compute(findings, source, repoPath, Key);
        return findings.Where((f, i) => !Contains(f.RuleId, repoPath, fingerprints[i])).ToList();
    }

    /// <summary>A path relative to the repository root, with <c>/</c>, as baselines record it (the path itself when it is outside).</summary>
    public static string RepositoryPath(string repositoryRoot, string path)
    {
        string root = repositoryRoot.Replace('\\', '/').TrimEnd('/');
        string normalized = path.Replace('\\', '/');
        return root.Length > 0 && normalized.StartsWith(root + "/", StringComparison.Ordinal) ? normalized.Substring(root.Length + 1) : normalized;
    }

    private static string EntryKey(string ruleId, string path, string fingerprint) => ruleId + "|" + path + "|" + fingerprint;
}
