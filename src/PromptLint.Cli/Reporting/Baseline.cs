using System.Text.Json;
using PromptLint.Baselines;

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

    public IReadOnlyList<BaselineEntry> Entries => _entries.Entries;

    /// <summary>The key this baseline's fingerprints were computed with (<see cref="FingerprintKey.Legacy"/> for version 1).</summary>
    public FingerprintKey Key => _entries.Key;

    public int Matched => _entries.Matched;

    public int Fixed => _entries.Fixed;

    public static Baseline Load(string path)
    {
        // Read like any input: a FIFO or a device at the baseline's path must not hang or exhaust the run.
        string text = PromptLint.Hosting.BoundedFileReader.ReadSmallText(path, MaxBytes, out string? problem)
            ?? throw new UsageException($"{path} cannot be read as a baseline: {problem}");
        using var document = JsonDocument.Parse(text);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out JsonElement items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"{path} is not a PromptLint baseline (expected an object with an 'entries' array)");
        }

        var entries = items.EnumerateArray()
            .Select(e => new BaselineEntry(e.GetProperty("ruleId").GetString()!, e.GetProperty("path").GetString()!, e.GetProperty("fingerprint").GetString()!))
            .ToList();
        FingerprintKey key = FingerprintKey.Legacy;
        if (root.TryGetProperty("fingerprintKey", out JsonElement secret))
        {
            byte[]? bytes = secret.ValueKind == JsonValueKind.String && secret.TryGetBytesFromBase64(out byte[]? b) ? b : null;
            if (bytes is null || bytes.Length < 16)
            {
                throw new UsageException($"{path} has a 'fingerprintKey' that is not base64 of at least 16 bytes; delete the key and run with --update-baseline");
            }

            key = FingerprintKey.FromBaseline(bytes);
        }

        return new Baseline(new BaselineEntries(entries, key));
    }

    /// <summary>The key a rewrite of the baseline at <paramref name="path"/> keeps: its own, or a new one for a new or version-1 file.</summary>
    public static FingerprintKey KeyForUpdate(string path)
    {
        FingerprintKey? existing = File.Exists(path) ? TryLoad(path)?.Key : null;
        return existing is { Secret: not null } ? existing : FingerprintKey.FromBaseline(FingerprintKey.NewRandom().Secret!);
    }

    private static Baseline? TryLoad(string path)
    {
        try
        {
            return Load(path);
        }
        catch (Exception e) when (e is JsonException or UsageException or KeyNotFoundException or InvalidOperationException)
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

        using var stream = File.Create(path);
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
