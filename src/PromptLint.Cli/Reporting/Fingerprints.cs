using System.Security.Cryptography;
using System.Text;
using PromptLint.Linting;
using PromptLint.Text;

namespace PromptLint.Cli.Reporting;

/// <summary>
/// Fingerprints that stay the same when lines are added above a finding: a hash of the rule, the repository
/// path and the whitespace-normalized text of the finding's line, plus an occurrence number for repeats.
/// </summary>
internal static class Fingerprints
{
    public static List<string> Compute(IReadOnlyList<Finding> findings, SourceText? source, string repoPath)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(findings.Count);
        foreach (Finding finding in findings)
        {
            string content = source is null ? finding.Message : Normalize(source[source.GetLineSpan(finding.Position.Start.Line)]);
            string key = Hash(finding.RuleId + "\n" + repoPath + "\n" + content);
            int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 1;
            seen[key] = occurrence;
            result.Add(occurrence == 1 ? key : key + "/" + occurrence);
        }

        return result;
    }

    private static string Normalize(string line) => string.Join(" ", line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16).ToLowerInvariant();
}
