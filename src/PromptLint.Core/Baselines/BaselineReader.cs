using System;
using System.Collections.Generic;
using PromptLint.Json;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Baselines;

/// <summary>
/// Reads promptlint.baseline.json (written by <c>promptlint lint --update-baseline</c>) for every host, from text the
/// host read: version 2 carries the repository's <c>fingerprintKey</c>, a version-1 file (no key) is matched with the
/// old unkeyed fingerprints. Content that is not a baseline (a merge conflict, a cut-short write) is no baseline and one
/// PL0001 warning at the problem, quoting nothing from the file: the CLI, the analyzer and the task say the same.
/// </summary>
public static class BaselineReader
{
    /// <summary>Most JSON values a baseline may hold: four per entry, so about a million entries (the hosts read at most 256 MiB).</summary>
    private const int MaxValues = 4_000_000;

    /// <summary>The baseline, or null with a located PL0001 warning in <paramref name="problem"/>.</summary>
    public static BaselineEntries? Read(string path, string text, out Finding? problem)
    {
        BaselineEntries? entries = Parse(text, out string? why, out int offset);
        problem = why is null ? null : Malformed(path, text, offset, why);
        return entries;
    }

    private static BaselineEntries? Parse(string text, out string? problem, out int offset)
    {
        JsonNode root;
        offset = 0;
        try
        {
            root = JsonParser.Parse(text, maxNodes: MaxValues);
        }
        catch (JsonSyntaxException e)
        {
            offset = e.Offset;
            problem = "it is not valid JSON (" + e.Message + ")";
            return null;
        }

        if (root is not JsonObject || root["entries"] is not JsonArray items)
        {
            offset = root.Span.Start;
            problem = "it is not a PromptLint baseline (expected an object with an 'entries' array)";
            return null;
        }

        var entries = new List<BaselineEntry>(items.Items.Count);
        foreach (JsonNode item in items.Items)
        {
            if (item["ruleId"]?.StringValue is not { } rule || item["path"]?.StringValue is not { } path || item["fingerprint"]?.StringValue is not { } fingerprint)
            {
                offset = item.Span.Start;
                problem = "an entry lacks a string 'ruleId', 'path' or 'fingerprint'";
                return null;
            }

            entries.Add(new BaselineEntry(rule, path, fingerprint));
        }

        JsonNode? keyNode = root["fingerprintKey"];
        FingerprintKey? key = KeyOf(keyNode, out problem);
        offset = keyNode?.Span.Start ?? 0;
        return key is null ? null : new BaselineEntries(entries, key);
    }

    private static Finding Malformed(string path, string text, int offset, string why)
    {
        var source = new SourceText(path, text);
        int at = Math.Max(0, Math.Min(offset, text.Length));
        LinePosition position = source.GetLinePosition(at);
        return new Finding(RuleCatalog.MalformedConfiguration, Severity.Warning, path, new TextSpan(at, 0), new LinePositionSpan(position, position),
            $"the baseline is ignored because {why}; every finding is reported until it is fixed or rewritten with promptlint lint --update-baseline");
    }

    private static FingerprintKey? KeyOf(JsonNode? node, out string? problem)
    {
        problem = null;
        if (node is null)
        {
            return FingerprintKey.Legacy;
        }

        byte[]? bytes = null;
        try
        {
            bytes = node.StringValue is { } base64 ? Convert.FromBase64String(base64) : null;
        }
        catch (FormatException)
        {
        }

        if (bytes is null || bytes.Length < 16)
        {
            problem = "its 'fingerprintKey' is not base64 of at least 16 bytes";
            return null;
        }

        return FingerprintKey.FromBaseline(bytes);
    }
}
