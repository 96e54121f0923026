using System;
using System.Linq;
using PromptLint.Analysis.Outline;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>
/// PL5004: a variable inserted into the system prompt with no delimiters around it. Delimited means
/// wrapped in quotes, backticks, brackets, an XML-style tag pair, a fenced block or triple quotes.
/// Decided from the outline of each instruction message and the reader's template tags in it, in the message's
/// text: the same prompt gives the same answer whether a file stores it as Markdown, a JSON string with
/// <c>\n</c> escapes or an indented YAML block.
/// Variables whose names say they are settings (dates, names of the product, limits) are not reported, and neither
/// are variables in role-less text that the format's host sends as a user message (<see cref="PromptFormats.RolelessTextIsSentAs"/>).
/// </summary>
internal sealed class UndelimitedVariableInSystemPrompt : PromptRule
{
    private static readonly string[] SettingLikeNames =
    {
        "date", "time", "today", "now", "year", "locale", "language", "lang", "tone", "style", "company", "brand", "product_name",
        "app_name", "bot_name", "assistant_name", "persona", "version", "max", "min", "count", "limit", "num_", "length", "format",
    };

    public static readonly RuleDescriptor Rule = new(
        "PL5004", "Variable interpolated into the system prompt without delimiters", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "A template variable is inserted into the system prompt with no surrounding delimiters (XML tags, quotes, a fenced block), so text supplied at run time can pose as instructions (prompt injection).");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        bool rolelessIsSystem = RolelessTextIsSystem(document);
        foreach (MessageOutline outline in context.Analysis.Outlines)
        {
            PromptMessage message = outline.Message;
            if (message.Role.IsInstruction() && (rolelessIsSystem || !message.RoleIsImplicit) && outline.TemplateTags.Count > 0)
            {
                AnalyzeMessage(outline, context);
            }
        }
    }

    private static void AnalyzeMessage(MessageOutline outline, RuleContext context)
    {
        var lines = new LineNeighbourhood(outline);
        for (int k = 0; k < outline.TemplateTags.Count; k++)
        {
            TemplateExpression expression = outline.TagExpressions[k];
            TextSpan tag = outline.TemplateTags[k];
            if (expression.Kind != TemplateExpressionKind.Variable || expression.Variables.Count == 0
                || IsSettingLike(expression.Variables[0].Name) || NamesThePersona(outline.Text, tag.Start) || IsDelimited(lines, tag))
            {
                continue;
            }

            context.Report(expression.Span,
                $"'{expression.Content}' is inserted into the system prompt without delimiters; wrap it, e.g. <input>{expression.Content}</input>, and say that text inside is data, not instructions");
        }
    }

    /// <summary>
    /// Only text the model receives as system or developer instructions counts: role-less text where its host sends
    /// it as the system message, not where it becomes the user's turn. Where the application decides (a plain
    /// Markdown/text file, a general-purpose template), only a file whose name says it is the system prompt.
    /// </summary>
    private static bool RolelessTextIsSystem(PromptDocument document)
    {
        MessageRole? sentAs = PromptFormats.RolelessTextIsSentAs(document.Format);
        if (sentAs is { } role)
        {
            return role.IsInstruction();
        }

        string name = System.IO.Path.GetFileName(document.Source.Path).ToLowerInvariant();
        return SystemPromptFileWords.Any(name.Contains);
    }

    private static readonly string[] SystemPromptFileWords = { "system", "instruction", "persona", "meta-prompt", "metaprompt", "developer" };

    private static bool IsSettingLike(string name)
    {
        string lower = name.ToLowerInvariant();
        return SettingLikeNames.Any(lower.Contains);
    }

    /// <summary>"You are {{name}}", "Your name is {{bot}}": the variable is the assistant's own persona, set by the developer.</summary>
    private static bool NamesThePersona(string text, int start)
    {
        int from = Math.Max(0, start - 16);
        string before = text.Substring(from, start - from).TrimEnd().ToLowerInvariant();
        return before.EndsWith("you are", StringComparison.Ordinal) || before.EndsWith("your name is", StringComparison.Ordinal)
            || before.EndsWith("you're", StringComparison.Ordinal) || before.EndsWith("act as", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the tag at <paramref name="span"/> (message offsets) is delimited. Linear over a message: the neighbouring lines
    /// are looked at through <see cref="LineNeighbourhood"/> (precomputed line bounds, no copies), so a megabyte of
    /// <c>{{ a }}</c> on one line costs one pass, not one copy of the line per variable.
    /// </summary>
    internal static bool IsDelimited(LineNeighbourhood lines, TextSpan span)
    {
        string text = lines.Text;
        int before = span.Start - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        int after = span.End;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        char b = before >= 0 ? text[before] : '\0';
        char a = after < text.Length ? text[after] : '\0';
        if ((b, a) is ('"', '"') or ('\'', '\'') or ('`', '`') or ('[', ']') or ('(', ')') or ('“', '”') or ('«', '»') or ('>', '<'))
        {
            return true;
        }

        // On its own line(s) between delimiter lines: <tag> … </tag>, ``` … ```, """ … """, --- … ---, ### … ###.
        LineSlice previous = lines.PreviousNonBlank(span.Start);
        LineSlice next = lines.NextNonBlank(span.End);
        bool tagPair = previous.EndsWith('>') && previous.StartsWith("<") && next.StartsWith("</");
        bool fence = (previous.StartsWith("```") && next.StartsWith("```"))
            || (previous.Is("\"\"\"") && next.Is("\"\"\"")) || (previous.Is("'''") && next.Is("'''"))
            || (previous.StartsWith("---") && next.StartsWith("---"))
            || (previous.StartsWith("###") && next.StartsWith("###") && previous.IsAll('#'))
            || (IsMarkerLine(previous) && IsMarkerLine(next));
        return tagPair || fence || (b == '>' && previous.StartsWith("<") && a == '\n' && next.StartsWith("</"));
    }

    /// <summary>A line that opens or closes a block by its look: <c>===BEGIN DOCUMENTS===</c>, <c>*****</c>, <c>&lt;&lt;&lt;</c>, <c>~~~</c>.</summary>
    private static bool IsMarkerLine(LineSlice line) =>
        line.Length >= 3 && !char.IsLetterOrDigit(line[0]) && !char.IsWhiteSpace(line[0]) && line[1] == line[0] && line[2] == line[0]
        && line[0] is not ('{' or '}' or '(' or '[' or '-' or '#' or '`' or '"' or '\'');
}
