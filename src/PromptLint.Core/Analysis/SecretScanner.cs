using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>
/// Finds credentials in text: provider API keys by their documented prefixes, bearer tokens, JWTs,
/// private-key blocks, connection strings with a password or account key, and URLs with a password.
/// Placeholders ("sk-...", "YOUR_API_KEY", "&lt;token&gt;", "{{key}}") are not secrets.
/// </summary>
internal static class SecretScanner
{
    private static readonly (string Kind, Lazy<Regex> Pattern, AnchorSet Anchors)[] Detectors =
    {
        ("Anthropic API key", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Za-z0-9_-])sk-ant-[a-z0-9]{2,10}-[A-Za-z0-9_-]{32,200}", ignoreCase: false)), new AnchorSet("sk-ant-")),
        ("OpenAI API key", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Za-z0-9_-])sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}(?![A-Za-z0-9_-])", ignoreCase: false)), new AnchorSet("sk-")),
        ("AWS access key ID", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Z0-9])(AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])", ignoreCase: false)), new AnchorSet("AKIA", "ASIA")),
        ("GitHub token", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})", ignoreCase: false)), new AnchorSet("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
        ("Google API key", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", ignoreCase: false)), new AnchorSet("AIza")),
        ("Slack token", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,200}", ignoreCase: false)), new AnchorSet("xox")),
        ("private key", new Lazy<Regex>(() => Patterns.Create(@"-----BEGIN ([A-Z]{1,10} )?PRIVATE KEY-----", ignoreCase: false)), new AnchorSet("-----BEGIN")),
        ("JSON Web Token", new Lazy<Regex>(() => Patterns.Create(@"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{10,2000}", ignoreCase: false)), new AnchorSet("eyJ")),
        ("bearer token", new Lazy<Regex>(() => Patterns.Create(@"\bBearer\s{1,4}(?<value>[A-Za-z0-9._~+/-]{24,500}=*)")), new AnchorSet("bearer")),
        ("connection string password", new Lazy<Regex>(() => Patterns.Create(@"\b(Password|Pwd|AccountKey|SharedAccessKey|SharedAccessSignature)\s{0,2}=\s{0,2}(?<value>[^;\s'""<>{}]{6,300})")), new AnchorSet("password", "pwd", "accountkey", "sharedaccess")),
        ("password in URL", new Lazy<Regex>(() => Patterns.Create(@"\b[a-z][a-z0-9+.-]{1,20}://[^/\s:@]{1,100}:(?<value>[^/\s@:]{4,100})@[A-Za-z0-9.-]{1,200}")), new AnchorSet("://")),
    };

    /// <summary>Every detector's literals in one set: one pass tells whether any detector needs to look, and from where.</summary>
    private static readonly AnchorSet AnyAnchor = new(Detectors.SelectMany(d => d.Anchors.Anchors).ToArray());

    public static List<(string Kind, TextSpan Span)> Scan(string text)
    {
        var found = new List<(string, TextSpan)>();
        int firstAnchor = AnyAnchor.FirstIn(text);
        if (firstAnchor < 0)
        {
            return found;
        }

        foreach ((string kind, Lazy<Regex> lazy, AnchorSet anchors) in Detectors)
        {
            // A literal every match contains: most prompts hold none, and then the pattern never runs.
            int anchor = anchors.FirstIn(text, firstAnchor);
            if (anchor < 0)
            {
                continue;
            }

            // Built on first use: most runs never meet an anchor, and building the eleven patterns costs start-up time.
            Regex pattern = lazy.Value;
            int start = Math.Max(0, anchor - 32);
            while (start < text.Length && pattern.MatchOrNull(text, start) is { } m)
            {
                Group value = m.Groups["value"];
                string secret = value.Success ? value.Value : m.Value;
                if (!IsPlaceholder(secret) && !Overlaps(found, m.Index))
                {
                    found.Add((kind, new TextSpan(m.Index, m.Length)));
                }

                start = m.Index + Math.Max(1, m.Length);
            }
        }

        found.Sort((a, b) => a.Item2.Start.CompareTo(b.Item2.Start));
        return found;
    }

    private static bool Overlaps(List<(string, TextSpan Span)> found, int index)
    {
        foreach (var f in found)
        {
            if (f.Span.Contains(index))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPlaceholder(string value)
    {
        string lower = value.ToLowerInvariant();
        if (lower.Contains("xxxx") || lower.Contains("your") || lower.Contains("...") || lower.Contains("example") || lower.Contains("placeholder")
            || lower.Contains("redacted") || lower.Contains("changeme") || lower.Contains("dummy") || lower.Contains("secret") && lower.Length < 16
            || lower.Contains("${") || lower.Contains("$(") || lower.Contains("%") || lower.StartsWith("env:", StringComparison.Ordinal)
            || lower is "password" or "passw0rd" or "pass" or "pwd" or "******")
        {
            return true;
        }

        // A run of one character ("aaaaaaaa…", "00000000…") is a placeholder, not a key.
        int distinct = 0;
        var seen = new HashSet<char>();
        foreach (char c in value)
        {
            if (seen.Add(c))
            {
                distinct++;
            }
        }

        return distinct < 5;
    }
}
