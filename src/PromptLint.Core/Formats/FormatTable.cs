using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Templates;

namespace PromptLint.Formats;

/// <summary>
/// Every prompt format PromptLint reads, in one place: file names, how a walked file is recognised, reader,
/// comment syntax for suppressions, role syntax and template dialect. Adding a format is one row here and one
/// reader. Exact names are matched before extensions, so <c>skprompt.txt</c> wins over <c>.txt</c>.
/// </summary>
internal static class FormatTable
{
    private const CommentSyntax TemplateAndHtml = CommentSyntax.Template | CommentSyntax.Html;
    private const CommentSyntax WithMetadata = CommentSyntax.Template | CommentSyntax.Html | CommentSyntax.YamlMetadata;

    public static IReadOnlyList<PromptFormatInfo> All { get; } = new[]
    {
        new PromptFormatInfo(PromptFormat.Prompty, "Prompty", new[] { ".prompty" }, Recognition.ByName,
            () => new PromptyReader(), WithMetadata, RoleSyntax.RoleLines, TemplateDialect.Jinja, rolelessTextIsSentAs: MessageRole.System),
        new PromptFormatInfo(PromptFormat.Dotprompt, "Dotprompt", new[] { ".prompt" }, Recognition.ByName,
            () => new DotpromptReader(), WithMetadata, RoleSyntax.DotpromptHelpers, TemplateDialect.Handlebars, rolelessTextIsSentAs: MessageRole.User),
        new PromptFormatInfo(PromptFormat.SemanticKernelText, "Semantic Kernel", new[] { "skprompt.txt" }, Recognition.ByName,
            () => new SemanticKernelTextReader(), TemplateAndHtml, RoleSyntax.MessageTags, TemplateDialect.SemanticKernel,
            rolelessTextIsSentAs: MessageRole.User, companions: new[] { PromptFormats.SemanticKernelConfig }),
        new PromptFormatInfo(PromptFormat.SemanticKernelYaml, "Semantic Kernel YAML", new[] { ".yaml", ".yml" }, Recognition.YamlWithTemplate,
            () => new SemanticKernelYamlReader(), WithMetadata, RoleSyntax.MessageTags, TemplateDialect.SemanticKernel, rolelessTextIsSentAs: MessageRole.User),
        new PromptFormatInfo(PromptFormat.Jinja2, "Jinja2 (prompt flow)", new[] { ".jinja2", ".j2", ".jinja" }, Recognition.AddressedToModel,
            () => new Jinja2Reader(), TemplateAndHtml, RoleSyntax.PromptFlowRoleLines, TemplateDialect.Jinja, rolelessTextIsSentAs: MessageRole.User),
        new PromptFormatInfo(PromptFormat.Liquid, "Liquid", new[] { ".liquid" }, Recognition.AddressedToModel,
            () => new ScribanReader(PromptFormat.Liquid), TemplateAndHtml, RoleSyntax.RoleLines, TemplateDialect.Liquid),
        new PromptFormatInfo(PromptFormat.Handlebars, "Handlebars", new[] { ".hbs", ".handlebars" }, Recognition.AddressedToModel,
            () => new TemplateTextReader(PromptFormat.Handlebars, TemplateDialect.Handlebars), TemplateAndHtml, RoleSyntax.RoleLines, TemplateDialect.Handlebars),
        new PromptFormatInfo(PromptFormat.Mustache, "Mustache", new[] { ".mustache" }, Recognition.AddressedToModel,
            () => new TemplateTextReader(PromptFormat.Mustache, TemplateDialect.Mustache), TemplateAndHtml, RoleSyntax.RoleLines, TemplateDialect.Mustache),
        new PromptFormatInfo(PromptFormat.Scriban, "Scriban", new[] { ".scriban*", ".sbn*" }, Recognition.AddressedToModel,
            () => new ScribanReader(PromptFormat.Scriban), TemplateAndHtml, RoleSyntax.RoleLines, TemplateDialect.Scriban),
        new PromptFormatInfo(PromptFormat.Poml, "POML", new[] { ".poml" }, Recognition.ByName,
            () => new PomlReader(), CommentSyntax.Html, RoleSyntax.PomlElements, TemplateDialect.Mustache),
        new PromptFormatInfo(PromptFormat.Markdown, "Markdown", new[] { ".md", ".markdown" }, Recognition.ProseDocument,
            () => new PlainTextReader(PromptFormat.Markdown), WithMetadata, RoleSyntax.RoleLines, TemplateDialect.None),
        new PromptFormatInfo(PromptFormat.PlainText, "plain text", new[] { ".txt" }, Recognition.ProseDocument,
            () => new PlainTextReader(PromptFormat.PlainText), WithMetadata, RoleSyntax.RoleLines, TemplateDialect.None),
        new PromptFormatInfo(PromptFormat.JsonChat, "JSON chat", new[] { ".json" }, Recognition.ChatJson,
            () => new JsonChatReader(), TemplateAndHtml, RoleSyntax.JsonRoleField, TemplateDialect.None),
    };

    /// <summary>The supported names for messages (PL0015): <c>.prompty, .prompt, skprompt.txt, …</c>.</summary>
    public static string SupportedNames { get; } = string.Join(", ", All.Select(f => string.Join("/", f.Names)));

    /// <summary>The row for a format, or null for formats without a file (C# strings, unknown).</summary>
    public static PromptFormatInfo? Find(PromptFormat format) => All.FirstOrDefault(f => f.Format == format);

    /// <summary>A new reader for <paramref name="format"/>, or null when no row has one (Unknown).</summary>
    internal static PromptReader? ReaderFor(PromptFormat format) => Find(format)?.CreateReader();

    /// <summary>The row a file name matches, or null.</summary>
    public static PromptFormatInfo? FindByFileName(string path)
    {
        // Asked for every entry of every folder walked: compared in place, without a lowered copy or a closure.
        string name = Path.GetFileName(path);
        foreach (PromptFormatInfo format in All)
        {
            foreach (string pattern in format.Names)
            {
                if (name.Length == pattern.Length && EqualsLowered(name, 0, pattern, pattern.Length))
                {
                    return format;
                }
            }
        }

        int dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return null; // no extension, or a dot-file such as .gitignore
        }

        int extensionLength = name.Length - dot;
        foreach (PromptFormatInfo format in All)
        {
            foreach (string pattern in format.Names)
            {
                if (pattern[0] != '.')
                {
                    continue;
                }

                bool prefix = pattern[pattern.Length - 1] == '*';
                int compared = prefix ? pattern.Length - 1 : pattern.Length;
                if ((prefix ? extensionLength >= compared : extensionLength == compared) && EqualsLowered(name, dot, pattern, compared))
                {
                    return format;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>, lowered, are the pattern's first.</summary>
    private static bool EqualsLowered(string text, int start, string pattern, int count)
    {
        if (text.Length - start < count)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (char.ToLowerInvariant(text[start + i]) != pattern[i])
            {
                return false;
            }
        }

        return true;
    }
}
