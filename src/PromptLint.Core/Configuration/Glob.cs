using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PromptLint.Configuration;

/// <summary>
/// A path glob as in .gitignore and editorconfig: <c>*</c> (within a folder), <c>**</c> (any folders),
/// <c>?</c>, <c>{a,b}</c>. Paths use <c>/</c> and are relative to the configuration file's folder. A
/// pattern without a <c>/</c> matches a file name at any depth (<c>*.prompty</c>).
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    private Glob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    public static bool TryParse(string pattern, out Glob? glob, out string? error)
    {
        glob = null;
        error = null;
        string p = pattern.Trim().Replace('\\', '/');
        if (p.Length == 0)
        {
            error = "a glob must not be empty";
            return false;
        }

        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p.Substring(2);
        }

        bool anchored = p.TrimEnd('/').IndexOf('/') >= 0;
        if (p.StartsWith("/", StringComparison.Ordinal))
        {
            p = p.Substring(1);
        }

        if (p.EndsWith("/", StringComparison.Ordinal))
        {
            p += "**";
        }

        var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        int braces = 0;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            switch (c)
            {
                case '*' when i + 1 < p.Length && p[i + 1] == '*':
                    bool slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                    sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '{':
                    braces++;
                    sb.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    sb.Append(')');
                    break;
                case ',' when braces > 0:
                    sb.Append('|');
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braces != 0)
        {
            error = $"'{pattern}' has an unclosed '{{'";
            return false;
        }

        sb.Append("(?:/.*)?$");
        glob = new Glob(pattern, new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        return true;
    }

    /// <summary>Whether <paramref name="relativePath"/> (relative to the configuration folder, <c>/</c>-separated) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        try
        {
            return _regex.IsMatch(relativePath.Replace('\\', '/'));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public override string ToString() => Pattern;
}
