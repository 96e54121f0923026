using System.Text.Json;
using PromptLint.Baselines;
using PromptLint.Diagnostics;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// promptlint.baseline.json as the CLI reads and writes it (matching and fingerprints are Core's, shared with the build
/// hosts): the findings accepted when the linter was adopted. Later runs report only findings
/// not in it, and count the entries that no longer occur (fixed). Version 2 keeps the repository's
/// <c>fingerprintKey</c> (see <see cref="FingerprintKey"/>); a version-1 file (no key) is matched with the old unkeyed
/// fingerprints until <c>--update-baseline</c> rewrites it.
/// </summary>
internal sealed class Baseline
{
    public const string DefaultFileName = BaselineEntries.FileName;

    /// <summary>The largest baseline read (about a million entries).</summary>
    private const int MaxBytes = 256 * 1024 * 1024;

    private readonly BaselineEntries _entries;

    private Baseline(BaselineEntries entries) => _entries = entries;

    /// <summary>The key this baseline's fingerprints were computed with (<see cref="FingerprintKey.Legacy"/> for version 1).</summary>
    public FingerprintKey Key => _entries.Key;

    public int Fixed => _entries.Fixed;

    /// <summary>
    /// Reads the baseline at <paramref name="path"/>. A file that cannot be read at all (a FIFO, a device, over the
    /// size limit) is a usage error; content that is not a baseline (invalid JSON, a wrong shape, a bad key — a merge
    /// conflict, a cut-short write) is treated as no baseline, and <paramref name="problem"/> is Core's located PL0001
    /// warning that quotes nothing from the file (<see cref="BaselineReader"/>, as in the build hosts).
    /// </summary>
    public static Baseline? Load(string path, out Finding? problem)
    {
        // Read like any input: a FIFO or a device at the baseline's path must not hang or exhaust the run.
        string text = PromptLint.Hosting.BoundedFileReader.ReadSmallText(path, MaxBytes, out string? unreadable)
            ?? throw new UsageException($"{path} cannot be read as a baseline: {unreadable}");
        BaselineEntries? entries = BaselineReader.Read(path, text, out problem);
        return entries is null ? null : new Baseline(entries);
    }

    /// <summary>The key a rewrite of the baseline at <paramref name="path"/> keeps: its own, or a new one for a new, version-1 or malformed file.</summary>
    public static FingerprintKey KeyForUpdate(string path)
    {
        FingerprintKey? existing = File.Exists(path) ? TryLoad(path)?.Key : null;
        return existing is { Secret: not null } ? existing : FingerprintKey.FromBaseline(FingerprintKey.NewRandom().Secret!);
    }

    private static Baseline? TryLoad(string path)
    {
        try
        {
            return Load(path, out _);
        }
        catch (UsageException)
        {
            return null;
        }
    }

    /// <summary>True (and consumes the entry) when the finding is in the baseline.</summary>
    public bool Contains(ReportedFinding finding) => _entries.Contains(finding.Finding.RuleId, finding.RepoPath, finding.Fingerprint);

    public static void Write(string path, IEnumerable<ReportedFinding> findings, FingerprintKey key)
    {
        var entries = findings
            .Select(f => new BaselineEntry(f.Finding.RuleId, f.RepoPath, f.Fingerprint))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal);
        if (PromptLint.Hosting.FileProbe.KindOf(path) is PromptLint.Hosting.FileKind.Special or PromptLint.Hosting.FileKind.Directory)
        {
            throw new UsageException($"{path} is not a regular file; the baseline is not written there");
        }

        // Written whole to a file of its own, then renamed over the baseline: a reader (or a crash) never sees half a
        // baseline, and concurrent --update-baseline runs do not collide (the last rename wins, each file is whole).
        AtomicFile.Write(path, stream => WriteEntries(stream, entries, key));
    }

    private static void WriteEntries(Stream stream, IEnumerable<BaselineEntry> entries, FingerprintKey key)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", key.Secret is null ? 1 : 2);
        if (key.Secret is not null)
        {
            writer.WriteBase64String("fingerprintKey", key.Secret);
        }

        writer.WriteStartArray("entries");
        foreach (BaselineEntry entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("path", entry.Path);
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
