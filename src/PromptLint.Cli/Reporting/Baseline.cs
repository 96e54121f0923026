using System.Text.Json;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// promptlint.baseline.json: the findings accepted when the linter was adopted. Later runs report only findings
/// not in it, and count the entries that no longer occur (fixed).
/// </summary>
internal sealed class Baseline
{
    public const string DefaultFileName = "promptlint.baseline.json";

    private readonly Dictionary<string, int> _remaining;

    private Baseline(List<Entry> entries)
    {
        Entries = entries;
        _remaining = entries.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Entry> Entries { get; }

    public int Matched { get; private set; }

    public int Fixed => Entries.Count - Matched;

    public sealed record Entry(string RuleId, string Path, string Fingerprint);

    public static Baseline Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out JsonElement items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"{path} is not a PromptLint baseline (expected an object with an 'entries' array)");
        }

        var entries = items.EnumerateArray()
            .Select(e => new Entry(e.GetProperty("ruleId").GetString()!, e.GetProperty("path").GetString()!, e.GetProperty("fingerprint").GetString()!))
            .ToList();
        return new Baseline(entries);
    }

    /// <summary>True (and consumes the entry) when the finding is in the baseline.</summary>
    public bool Contains(ReportedFinding finding)
    {
        string key = Key(new Entry(finding.Finding.RuleId, finding.RepoPath, finding.Fingerprint));
        if (_remaining.TryGetValue(key, out int left) && left > 0)
        {
            _remaining[key] = left - 1;
            Matched++;
            return true;
        }

        return false;
    }

    public static void Write(string path, IEnumerable<ReportedFinding> findings)
    {
        var entries = findings
            .Select(f => new Entry(f.Finding.RuleId, f.RepoPath, f.Fingerprint))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("entries");
        foreach (Entry entry in entries)
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

    private static string Key(Entry e) => e.RuleId + "|" + e.Path + "|" + e.Fingerprint;
}
