using System.Security.Cryptography;
using System.Text;
using PromptLint.Linting;
using PromptLint.Text;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// Fingerprints that stay the same when lines are added above a finding: a keyed hash (see
/// <see cref="FingerprintKey"/>) of the rule, the repository path and the whitespace-normalized text of the
/// finding's line, plus an occurrence number for repeats. Each line's text is normalized and digested once, so
/// many findings on one long line cost one pass over it, not one per finding.
/// </summary>
internal static class Fingerprints
{
    public static List<string> Compute(IReadOnlyList<Finding> findings, SourceText? source, string repoPath, FingerprintKey key)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new Dictionary<int, string>();
        var result = new List<string>(findings.Count);
        using var hmac = key.Secret is null ? null : new HMACSHA256(key.Secret);
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
                    content = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
                }

                lines[finding.Position.Start.Line] = content;
            }

            byte[] input = Encoding.UTF8.GetBytes(finding.RuleId + "\n" + repoPath + "\n" + content);
            string hash = Convert.ToHexString(hmac is null ? SHA256.HashData(input) : hmac.ComputeHash(input), 0, 16).ToLowerInvariant();
            int occurrence = seen.TryGetValue(hash, out int n) ? n + 1 : 1;
            seen[hash] = occurrence;
            result.Add(occurrence == 1 ? hash : hash + "/" + occurrence);
        }

        return result;
    }

    private static string Normalize(string line) => string.Join(" ", line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
