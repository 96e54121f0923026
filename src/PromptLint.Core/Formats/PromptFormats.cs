using PromptLint.Formats;
using PromptLint.Model;

namespace PromptLint.Formats;

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

    /// <summary>Why <see cref="IsLikelyPrompt"/> says no, in words for <c>lint --verbose</c>; null when the file is a prompt.</summary>
    public static string? WhyNotAPrompt(string path, string text) =>
        FormatTable.FindByFileName(path) is { } format ? PromptSniffer.WhyNotAPrompt(format, path, text) : "no prompt format has this name";

    /// <summary>
    /// Whether a file's name alone says it is a prompt (<c>.prompty</c>, <c>skprompt.txt</c>), so problems reading it
    /// are worth a finding even when it was found by a walk. Other names are prompts only when their text says so.
    /// </summary>
    public static bool NameIsConclusive(PromptFormat format) => FormatTable.Find(format)?.Recognition == Recognition.ByName;

    /// <summary>
    /// Whether a walked file of this format was taken for a prompt by its shape alone (a YAML <c>template:</c> key, a
    /// JSON <c>"role"</c>): then a file that does not parse (PL0014) was no prompt after all.
    /// </summary>
    public static bool IsRecognisedByShape(PromptFormat format) =>
        FormatTable.Find(format)?.Recognition is Recognition.YamlWithTemplate or Recognition.ChatJson;

    /// <summary>Files a format reads beside the prompt, by file name in the prompt's folder.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> CompanionFileNames(PromptFormat format) =>
        FormatTable.Find(format)?.Companions ?? System.Array.Empty<string>();

    /// <summary>
    /// How a format's host sends text that carries no role marker, or null when the application decides (plain
    /// Markdown/text, general-purpose templates); see <see cref="PromptFormatInfo.RolelessTextIsSentAs"/>.
    /// </summary>
    public static MessageRole? RolelessTextIsSentAs(PromptFormat format) => FormatTable.Find(format)?.RolelessTextIsSentAs;
}
