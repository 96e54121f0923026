using System;
using System.Collections.Generic;
using System.Linq;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>Paths as code writes them, reduced to a path relative to the project folder ('/'-separated).</summary>
internal static class ProjectPaths
{
    /// <summary>Names the package's default globs make AdditionalFiles anywhere in the project (PromptLint.targets).</summary>
    private static readonly string[] AnywhereSuffixes = { ".prompty", ".prompt", "/skprompt.txt", ".poml", ".jinja2", ".j2", ".scriban", ".sbn", ".sbntxt" };

    /// <summary>Extensions the default globs take only under prompts/.</summary>
    private static readonly string[] PromptsFolderSuffixes = { ".liquid", ".hbs", ".handlebars", ".mustache", ".md", ".txt", ".yaml", ".yml", ".json" };

    public static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>The folder part with a final '/', or "" for a file at the project root.</summary>
    public static string Parent(string relativePath)
    {
        int slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativePath.Substring(0, slash + 1);
    }

    /// <summary>
    /// <paramref name="path"/> as a path inside the project: '\' and '/' alike, "." and ".." folded. Null for a rooted
    /// path, an empty one, or one that leaves the project folder (nothing is said about those).
    /// </summary>
    public static string? Relative(string path)
    {
        string normalized = Normalize(path.Trim());
        if (normalized.Length == 0 || normalized.StartsWith("/", StringComparison.Ordinal) || normalized.StartsWith("~", StringComparison.Ordinal)
            || (normalized.Length > 1 && normalized[1] == ':') || normalized.IndexOfAny(new[] { '*', '?', '"', '<', '>', '|', '\0' }) >= 0)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (string part in normalized.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join("/", parts);
    }

    /// <summary>Whether the package's default globs would have made this project file an AdditionalFile, had it existed.</summary>
    public static bool DefaultGlobsCover(string relativePath)
    {
        string withSlash = "/" + relativePath;
        if (AnywhereSuffixes.Any(s => withSlash.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return relativePath.StartsWith("prompts/", StringComparison.Ordinal)
            && PromptsFolderSuffixes.Any(s => relativePath.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
