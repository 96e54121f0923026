using System;
using System.Collections.Generic;
using PromptLint.Json;

namespace PromptLint.Baselines;

/// <summary>
/// Reads promptlint.baseline.json (written by <c>promptlint lint --update-baseline</c>) for the build hosts, from text
/// the host read: version 2 carries the repository's <c>fingerprintKey</c>, a version-1 file (no key) is matched with
/// the old unkeyed fingerprints.
/// </summary>
public static class BaselineReader
{
    /// <summary>The baseline, or null with the reason in <paramref name="problem"/>.</summary>
    public static BaselineEntries? Parse(string text, out string? problem)
    {
        JsonNode root;
        try
        {
            root = JsonParser.Parse(text);
        }
        catch (JsonSyntaxException e)
        {
            problem = "it is not valid JSON: " + e.Message;
            return null;
        }

        if (root is not JsonObject || root["entries"] is not JsonArray items)
        {
            problem = "it is not a PromptLint baseline (expected an object with an 'entries' array)";
            return null;
        }

        var entries = new List<BaselineEntry>(items.Items.Count);
        foreach (JsonNode item in items.Items)
        {
            if (item["ruleId"]?.StringValue is not { } rule || item["path"]?.StringValue is not { } path || item["fingerprint"]?.StringValue is not { } fingerprint)
            {
                problem = "an entry lacks 'ruleId', 'path' or 'fingerprint'";
                return null;
            }

            entries.Add(new BaselineEntry(rule, path, fingerprint));
        }

        FingerprintKey? key = KeyOf(root["fingerprintKey"], out problem);
        return key is null ? null : new BaselineEntries(entries, key);
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
            problem = "its 'fingerprintKey' is not base64 of at least 16 bytes; delete the key and run promptlint lint --update-baseline";
            return null;
        }

        return FingerprintKey.FromBaseline(bytes);
    }
}
