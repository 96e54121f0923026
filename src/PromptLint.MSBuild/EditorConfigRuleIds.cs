using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PromptLint.Hosting;

namespace PromptLint.MSBuild;

/// <summary>The PromptLint rule IDs an <c>.editorconfig</c> file sets a severity for, in any section.</summary>
internal static class EditorConfigRuleIds
{
    private const int MaxBytes = 1024 * 1024;

    private static readonly Regex SeverityKey = new(@"^\s*dotnet_diagnostic\.(?<id>PL\d{4})\.severity\s*[=:]", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static IEnumerable<string> In(IEnumerable<string> paths)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string? text = BoundedFileReader.ReadSmallText(path, MaxBytes, out _);
            foreach (Match match in SeverityKey.Matches(text ?? string.Empty))
            {
                ids.Add(match.Groups["id"].Value.ToUpperInvariant());
            }
        }

        return ids;
    }
}
