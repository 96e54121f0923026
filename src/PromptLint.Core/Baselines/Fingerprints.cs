using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using PromptLint.Diagnostics;
using PromptLint.Text;

namespace PromptLint.Baselines;

/// <summary>
/// Fingerprints that stay the same when lines are added above a finding: a keyed hash (see
/// <see cref="FingerprintKey"/>) of the rule, the repository path and the whitespace-normalized text of the
/// finding's line, plus an occurrence number for repeats. Each line's text is normalized and digested once, so
/// many findings on one long line cost one pass over it, not one per finding. Every host (the CLI, the analyzer,
/// the MSBuild task) computes them here, so one baseline matches in each.
/// </summary>
public static class Fingerprints
{
    public static List<string> Compute(IReadOnlyList<Finding> findings, SourceText? source, string repoPath, FingerprintKey key)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new Dictionary<int, string>();
        var result = new List<string>(findings.Count);
        using HMACSHA256? hmac = key.Secret is null ? null : new HMACSHA256(key.Secret);
        foreach (Finding finding in findings)
        {
            string content;
            if (source is null)
            {
                content = finding.Message;
            }
            else if (!lines.TryGetValue(finding.Position.Start.Line, out content!))
            {
                content = Normalize(source[source.GetLineSpan(finding.Position.Start.Line)]);
                if (hmac is not null)
                {
                    // The keyed form hashes the line's digest, so the per-finding input stays small.
                    content = Hex(Sha256(Encoding.UTF8.GetBytes(content)), 32);
                }

                lines[finding.Position.Start.Line] = content;
            }

            byte[] input = Encoding.UTF8.GetBytes(finding.RuleId + "\n" + repoPath + "\n" + content);
            string hash = Hex(hmac is null ? Sha256(input) : hmac.ComputeHash(input), 16).ToLowerInvariant();
            int occurrence = seen.TryGetValue(hash, out int n) ? n + 1 : 1;
            seen[hash] = occurrence;
            result.Add(occurrence == 1 ? hash : hash + "/" + occurrence);
        }

        return result;
    }

    internal static byte[] Sha256(byte[] input)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(input);
    }

    /// <summary>The first <paramref name="count"/> bytes in upper-case hex (as <c>Convert.ToHexString</c>).</summary>
    private static string Hex(byte[] bytes, int count)
    {
        var sb = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++)
        {
            sb.Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static string Normalize(string line) => string.Join(" ", line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
