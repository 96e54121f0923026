using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Rules;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// PL5009 for <c>assembly.GetManifestResourceStream("RootNamespace.prompts.chat.prompty")</c>: a known resource name
/// under the project's root namespace that names a prompt file the package's default globs would list, but no
/// AdditionalFile (its manifest name is <c>RootNamespace</c> + its project-relative path with '/' → '.'), or one
/// that is in the project but not embedded. Unknown parts (no <c>build_property.RootNamespace</c>, another prefix,
/// a folder name MSBuild would rewrite) give no finding.
/// </summary>
internal static class EmbeddedPrompts
{
    /// <summary>Longer names are not judged (each dot is tried as a folder separator).</summary>
    private const int MaxNameLength = 1024;

    public static bool IsResourceRead(IMethodSymbol method) =>
        CodeValues.Is(method, "System.Reflection.Assembly", "GetManifestResourceStream") && method.Parameters.Length == 1;

    public static (string Message, Location At)? Check(IOperation? argument, ProjectPromptIndex index)
    {
        if (index.RootNamespace is not { } root || !index.DefaultFilesOn || CodeValues.Text(argument) is not { } name
            || name.Length > MaxNameLength || !name.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        string rest = name.Substring(root.Length + 1);
        var byManifest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in index.RelativePaths)
        {
            if (!FoldersAreIdentifiers(path))
            {
                return null; // MSBuild rewrites such folder names; the resource may be one of these files
            }

            byManifest[path.Replace('/', '.')] = path;
        }

        if (byManifest.TryGetValue(rest, out string? file))
        {
            return index.FileAt(file) is { } text && index.IsEmbedded(text) == false
                ? ($"'{name}' is the project file '{file}', which is not an embedded resource, so GetManifestResourceStream returns null at run time; add <EmbeddedResource Include=\"{file}\" />", argument!.Syntax.GetLocation())
                : null;
        }

        if (!CouldBePromptFile(rest))
        {
            return null; // not a file the package would list: it may well be embedded
        }

        string? closest = EditDistance.Closest(rest, byManifest.Keys);
        return ($"'{name}' names no prompt file of the project (a file's resource name is {root}. and its project path with '/' as '.'), so GetManifestResourceStream returns null at run time{(closest is null ? string.Empty : $"; did you mean '{root}.{closest}'?")}",
            argument!.Syntax.GetLocation());
    }

    /// <summary>Whether some project path that the default globs cover has this manifest name (dots stand for any '/').</summary>
    private static bool CouldBePromptFile(string rest)
    {
        string[] parts = rest.Split('.');
        for (int file = 0; file < parts.Length - 1; file++)
        {
            string path = string.Join("/", parts.Take(file)) + (file == 0 ? string.Empty : "/") + string.Join(".", parts.Skip(file));
            if (ProjectPaths.DefaultGlobsCover(path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FoldersAreIdentifiers(string path)
    {
        string[] parts = path.Split('/');
        return parts.Take(parts.Length - 1).All(p => p.Length > 0 && (char.IsLetter(p[0]) || p[0] == '_') && p.All(c => char.IsLetterOrDigit(c) || c == '_'));
    }
}
