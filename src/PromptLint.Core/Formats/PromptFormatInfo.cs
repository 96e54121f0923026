using System;
using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Templates;

namespace PromptLint.Formats;

/// <summary>How a file of a format found by walking a folder is told apart from files that only share its name.</summary>
internal enum Recognition
{
    /// <summary>The name alone says "prompt" (<c>.prompty</c>, <c>skprompt.txt</c>).</summary>
    ByName,
    /// <summary>YAML: a prompt only with a top-level <c>template:</c> key.</summary>
    YamlWithTemplate,
    /// <summary>JSON: a prompt only when it is a chat array (objects with <c>"role"</c>).</summary>
    ChatJson,
    /// <summary>Markdown/text: a prompt unless it is a well-known repository document (README, LICENSE, …).</summary>
    ProseDocument,
    /// <summary>A general-purpose template language: a prompt only when its text is addressed to a model.</summary>
    AddressedToModel,
}

/// <summary>Where a format writes the roles of its messages.</summary>
internal enum RoleSyntax
{
    /// <summary>No role syntax: the whole text is the instructions (unless Prompty-style role lines appear).</summary>
    None,
    /// <summary>Prompty-style lines <c>system:</c>, <c># user:</c>, <c>assistant[name=x]:</c> alone on their line.</summary>
    RoleLines,
    /// <summary>Prompt flow's role lines (<c>system:</c>, <c># user:</c>, <c>assistant:</c>, <c>function:</c>, <c>tool:</c>).</summary>
    PromptFlowRoleLines,
    /// <summary>Dotprompt's <c>{{role "…"}}</c> and <c>{{#role "…"}}</c> helpers.</summary>
    DotpromptHelpers,
    /// <summary>Semantic Kernel's <c>&lt;message role="…"&gt;</c> tags.</summary>
    MessageTags,
    /// <summary>A <c>"role"</c> field on each message object.</summary>
    JsonRoleField,
    /// <summary>POML's <c>&lt;system-msg&gt;</c>, <c>&lt;user-msg&gt;</c>, <c>&lt;ai-msg&gt;</c> elements.</summary>
    PomlElements,
}

/// <summary>Comment syntaxes in which a suppression directive (<c>promptlint-disable …</c>) may be written.</summary>
[Flags]
internal enum CommentSyntax
{
    None = 0,
    /// <summary>The template dialect's own comments: <c>{{! }}</c>, <c>{# #}</c>, <c>{% comment %}</c>, Scriban <c>{{ # }}</c>.</summary>
    Template = 1,
    /// <summary><c>&lt;!-- --&gt;</c> (Markdown, HTML, XML).</summary>
    Html = 2,
    /// <summary><c>#</c> comments in the YAML metadata (front matter, or the whole file for YAML templates).</summary>
    YamlMetadata = 4,
}

/// <summary>One row of <see cref="FormatTable"/>: everything PromptLint knows about one prompt format.</summary>
internal sealed class PromptFormatInfo
{
    public PromptFormatInfo(PromptFormat format, string displayName, IReadOnlyList<string> names, Recognition recognition,
        Func<PromptReader> reader, CommentSyntax comments, RoleSyntax roles, TemplateDialect dialect,
        MessageRole? rolelessTextIsSentAs = null, IReadOnlyList<string>? companions = null)
    {
        RolelessTextIsSentAs = rolelessTextIsSentAs;
        Companions = companions ?? Array.Empty<string>();
        Format = format;
        DisplayName = displayName;
        Names = names;
        Recognition = recognition;
        _reader = reader;
        Comments = comments;
        Roles = roles;
        Dialect = dialect;
    }

    private readonly Func<PromptReader> _reader;

    public PromptFormat Format { get; }

    public string DisplayName { get; }

    /// <summary>
    /// File-name patterns: an exact name (<c>skprompt.txt</c>), an extension (<c>.prompty</c>), or an extension
    /// prefix ending in <c>*</c> (<c>.sbn*</c> matches <c>.sbn-txt</c>, <c>.sbnhtml</c>).
    /// </summary>
    public IReadOnlyList<string> Names { get; }

    public Recognition Recognition { get; }

    public CommentSyntax Comments { get; }

    public RoleSyntax Roles { get; }

    /// <summary>The template dialect the body is written in; <see cref="TemplateDialect.None"/> means "guess from the text".</summary>
    public TemplateDialect Dialect { get; }

    /// <summary>
    /// How the format's host sends text that carries no role marker: Prompty as the system message; Semantic Kernel
    /// (no <c>&lt;message&gt;</c> tags), Dotprompt (no <c>{{role}}</c>) and prompt flow (a completion prompt; its chat
    /// API refuses text before the first role line) as the user's text. Null: the application decides (plain
    /// Markdown/text, general-purpose templates). PL5004 reads this.
    /// </summary>
    public MessageRole? RolelessTextIsSentAs { get; }

    /// <summary>Files read beside the prompt, by name in its folder (Semantic Kernel's <c>config.json</c>).</summary>
    public IReadOnlyList<string> Companions { get; }

    public PromptReader CreateReader() => _reader();
}
