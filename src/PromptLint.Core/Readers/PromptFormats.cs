using System;
using System.IO;
using PromptLint.Model;

namespace PromptLint.Readers;

/// <summary>Which format a file is, by its name (and, for ambiguous extensions, a cheap look at its text).</summary>
public static class PromptFormats
{
    /// <summary>Companion files read beside a prompt, never linted on their own.</summary>
    public const string SemanticKernelConfig = "config.json";

    /// <summary>The format a file name implies, or <see cref="PromptFormat.Unknown"/>.</summary>
    public static PromptFormat FromFileName(string path)
    {
        string name = Path.GetFileName(path);
        string lower = name.ToLowerInvariant();
        if (lower == "skprompt.txt")
        {
            return PromptFormat.SemanticKernelText;
        }

        string extension = Path.GetExtension(lower);
        if (lower.StartsWith(".", StringComparison.Ordinal) && extension == lower)
        {
            extension = string.Empty; // dot-files such as .gitignore
        }

        return extension switch
        {
            ".prompty" => PromptFormat.Prompty,
            ".prompt" => PromptFormat.Dotprompt,
            ".yaml" or ".yml" => PromptFormat.SemanticKernelYaml,
            ".md" or ".markdown" => PromptFormat.Markdown,
            ".txt" => PromptFormat.PlainText,
            ".json" => PromptFormat.JsonChat,
            _ when extension.StartsWith(".sbn", StringComparison.Ordinal) || extension.StartsWith(".scriban", StringComparison.Ordinal) => PromptFormat.Scriban,
            _ => PromptFormat.Unknown,
        };
    }

    /// <summary>
    /// Whether a file found while walking a folder should be linted. Unambiguous prompt extensions always are;
    /// YAML only when it has a top-level <c>template:</c> key, JSON only when it looks like a chat array,
    /// Markdown/text unless it is a well-known repository document.
    /// </summary>
    public static bool IsLikelyPrompt(string path, string text)
    {
        string name = Path.GetFileName(path);
        switch (FromFileName(path))
        {
            case PromptFormat.Unknown:
                return false;
            case PromptFormat.SemanticKernelYaml:
                return HasTopLevelKey(text, "template") && !name.StartsWith("promptlint", StringComparison.OrdinalIgnoreCase) && !name.StartsWith(".promptlint", StringComparison.OrdinalIgnoreCase);
            case PromptFormat.JsonChat:
                return !string.Equals(name, SemanticKernelConfig, StringComparison.OrdinalIgnoreCase) && LooksLikeChatJson(text);
            case PromptFormat.Markdown or PromptFormat.PlainText:
                string stem = Path.GetFileNameWithoutExtension(name).ToUpperInvariant();
                return stem is not ("README" or "CHANGELOG" or "LICENSE" or "CONTRIBUTING" or "SECURITY" or "CODE_OF_CONDUCT" or "NOTICE");
            default:
                return true;
        }
    }

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

    /// <summary>
    /// Whether a file's name alone says it is a prompt (<c>.prompty</c>, <c>.prompt</c>, <c>skprompt.txt</c>, Scriban), so
    /// problems reading it are worth a finding even when it was found by a walk. Generic names (<c>.json</c>,
    /// <c>.yaml</c>, <c>.md</c>, <c>.txt</c>) are prompts only when their text says so (<see cref="IsLikelyPrompt"/>).
    /// </summary>
    public static bool NameIsConclusive(PromptFormat format) =>
        format is not (PromptFormat.Unknown or PromptFormat.SemanticKernelYaml or PromptFormat.JsonChat or PromptFormat.Markdown or PromptFormat.PlainText);

    /// <summary>Files a format reads beside the prompt, by file name in the prompt's folder.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> CompanionFileNames(PromptFormat format) =>
        format == PromptFormat.SemanticKernelText ? new[] { SemanticKernelConfig } : Array.Empty<string>();

    /// <summary>
    /// How a format's host sends text that carries no role marker: Prompty (and prompt flow) send it as the system
    /// message; Semantic Kernel (no <c>&lt;message&gt;</c> tags) and Dotprompt (no <c>{{role}}</c>) send it as one
    /// user message. For plain Markdown/text and Scriban the application decides; PromptLint assumes system
    /// instructions, the usual reason to keep such a file.
    /// </summary>
    public static MessageRole RolelessTextIsSentAs(PromptFormat format) => format switch
    {
        PromptFormat.SemanticKernelText or PromptFormat.SemanticKernelYaml or PromptFormat.Dotprompt => MessageRole.User,
        _ => MessageRole.System,
    };
}
