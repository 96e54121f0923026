using System;
using System.Collections.Generic;
using System.IO;
using PromptLint.Model;
using PromptLint.Readers;

namespace PromptLint.Formats;

/// <summary>
/// Decides whether a file found by walking a folder is a prompt, from its format's <see cref="Recognition"/>.
/// For general-purpose templates the question is whether the text is addressed to a model: role lines, "you",
/// sentences that instruct or ask; against the shapes of files that are not prompts (a shebang, YAML
/// structure, code, HTML). Linear in the text; never reads other files.
/// </summary>
internal static class PromptSniffer
{
    public static bool IsLikelyPrompt(PromptFormatInfo format, string path, string text) => WhyNotAPrompt(format, path, text) is null;

    /// <summary>Why a walked file of this format is not taken for a prompt (for <c>lint --verbose</c>), or null when it is one.</summary>
    public static string? WhyNotAPrompt(PromptFormatInfo format, string path, string text)
    {
        string name = Path.GetFileName(path);
        switch (format.Recognition)
        {
            case Recognition.ByName:
                return null;
            case Recognition.YamlWithTemplate:
                return name.StartsWith("promptlint", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".promptlint", StringComparison.OrdinalIgnoreCase)
                    ? "a PromptLint configuration file"
                    : HasTopLevelKey(text, "template") ? null : "YAML without a top-level 'template:' key";
            case Recognition.ChatJson:
                return string.Equals(name, PromptFormats.SemanticKernelConfig, StringComparison.OrdinalIgnoreCase) ? "a companion file, read beside its prompt"
                    : LooksLikeChatJson(text) ? null : "JSON that is no chat array (no \"role\" fields)";
            case Recognition.ProseDocument:
                return IsRepositoryDocument(Path.GetFileNameWithoutExtension(name)) ? "a repository document" : null;
            default:
                string inner = Path.GetFileNameWithoutExtension(name);
                if (IsRepositoryDocument(inner) || IsRepositoryDocument(Path.GetFileNameWithoutExtension(inner)))
                {
                    return "a template of a repository document";
                }

                if (GeneratesNonPromptFile(name))
                {
                    return $"a {format.DisplayName} template that generates '{inner}', not a prompt";
                }

                int body = FrontMatter.BodyStartOf(text, allowCommentHeader: format.Format == PromptFormat.Dotprompt);
                AddressedToModel measure = AddressedToModel.Measure(text, body);
                return measure.IsPrompt ? null : $"its text is not addressed to a model ({measure})";
        }
    }

    /// <summary>README, LICENSE, CHANGELOG … by the name without its extension (for templates also <c>README.md</c> of <c>README.md.jinja2</c>).</summary>
    private static bool IsRepositoryDocument(string stem)
    {
        stem = stem.ToUpperInvariant();
        return stem is "README" or "CHANGELOG" or "LICENSE" or "CONTRIBUTING" or "SECURITY" or "CODE_OF_CONDUCT" or "NOTICE";
    }

    /// <summary>
    /// A template named for the file it generates (<c>ci.yml.jinja2</c>, <c>tool.py.j2</c>, <c>Dockerfile.jinja2</c>)
    /// generates code or configuration, not a prompt.
    /// </summary>
    private static bool GeneratesNonPromptFile(string name)
    {
        string inner = Path.GetFileNameWithoutExtension(name);
        string innerExtension = Path.GetExtension(inner).ToLowerInvariant();
        string stem = Path.GetFileNameWithoutExtension(inner).ToLowerInvariant();
        return GeneratedExtensions.Contains(innerExtension) || GeneratedFileNames.Contains(innerExtension.Length == 0 ? inner.ToLowerInvariant() : stem);
    }

    private static readonly HashSet<string> GeneratedExtensions = new(StringComparer.Ordinal)
    {
        ".sh", ".bash", ".zsh", ".ps1", ".psm1", ".bat", ".cmd", ".py", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx",
        ".cs", ".csproj", ".props", ".targets", ".fs", ".vb", ".java", ".kt", ".go", ".rs", ".rb", ".php", ".c", ".h",
        ".cpp", ".hpp", ".swift", ".sql", ".yml", ".yaml", ".json", ".jsonc", ".toml", ".ini", ".cfg", ".conf", ".xml",
        ".html", ".htm", ".xhtml", ".css", ".scss", ".svg", ".tf", ".spec", ".env", ".gradle", ".properties", ".csv", ".tsv",
    };

    private static readonly HashSet<string> GeneratedFileNames = new(StringComparer.Ordinal)
    {
        "dockerfile", "makefile", "jenkinsfile", "procfile", "vagrantfile", "gemfile", "rakefile", "containerfile",
    };

    private static bool HasTopLevelKey(string text, string key)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, key, 0, key.Length) == 0 && i + key.Length < text.Length && text[i + key.Length] == ':')
            {
                return true;
            }

            int next = text.IndexOf('\n', i);
            if (next < 0)
            {
                return false;
            }

            i = next + 1;
        }

        return false;
    }

    private static bool LooksLikeChatJson(string text)
    {
        int i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        bool opens = i < text.Length && (text[i] == '[' || text[i] == '{');
        return opens && text.IndexOf("\"role\"", StringComparison.Ordinal) >= 0;
    }
}
