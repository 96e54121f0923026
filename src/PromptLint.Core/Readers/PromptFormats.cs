using PromptLint.Formats;
using PromptLint.Model;

namespace PromptLint.Readers;

/// <summary>Which format a file is, by its name (and, for ambiguous names, a cheap look at its text). A facade over <see cref="FormatTable"/>.</summary>
public static class PromptFormats
{
    /// <summary>Companion files read beside a prompt, never linted on their own.</summary>
    public const string SemanticKernelConfig = "config.json";

    /// <summary>The format a file name implies, or <see cref="PromptFormat.Unknown"/>.</summary>
    public static PromptFormat FromFileName(string path) => FormatTable.FindByFileName(path)?.Format ?? PromptFormat.Unknown;

    /// <summary>
    /// Whether a file found while walking a folder should be linted: formats whose name says "prompt" always
    /// are; YAML only with a top-level <c>template:</c> key; JSON only as a chat array; Markdown/text unless a
    /// well-known repository document; general-purpose templates (Jinja2, Liquid, Handlebars, Mustache,
    /// Scriban, Dotprompt bodies) only when their text is addressed to a model.
    /// </summary>
    public static bool IsLikelyPrompt(string path, string text) =>
        FormatTable.FindByFileName(path) is { } format && PromptSniffer.IsLikelyPrompt(format, path, text);
}
