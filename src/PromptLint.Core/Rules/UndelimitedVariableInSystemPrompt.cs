using System;
using System.Linq;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>
/// PL5004: a variable inserted into the system prompt with no delimiters around it. Delimited means
/// wrapped in quotes, backticks, brackets, an XML-style tag pair, a fenced block or triple quotes.
/// Variables whose names say they are settings (dates, names of the product, limits) are not reported, and neither
/// are variables in role-less text that the format's host sends as a user message (<see cref="Readers.PromptFormats.RolelessTextIsSentAs"/>).
/// </summary>
internal sealed class UndelimitedVariableInSystemPrompt : PromptRule
{
    private static readonly string[] SettingLikeNames =
    {
        "date", "time", "today", "now", "year", "locale", "language", "lang", "tone", "style", "company", "brand", "product_name",
        "app_name", "bot_name", "assistant_name", "persona", "version", "max", "min", "count", "limit", "num_", "length", "format",
    };

    public override RuleDescriptor Descriptor => RuleCatalog.UndelimitedVariableInSystemPrompt;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        bool rolelessIsSystem = RolelessTextIsSystem(document);
        var instructions = document.Messages
            .Where(m => m.Role.IsInstruction() && (rolelessIsSystem || !m.RoleIsImplicit))
            .Select(m => m.SourceSpan).ToList();
        string text = document.Source.Text;
        foreach (TemplateExpression expression in document.Expressions)
        {
            if (expression.Kind != TemplateExpressionKind.Variable || expression.Variables.Count == 0
                || !instructions.Any(span => span.Contains(expression.Span.Start))
                || IsSettingLike(expression.Variables[0].Name) || NamesThePersona(text, expression.Span.Start) || IsDelimited(text, expression.Span))
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
        MessageRole? sentAs = Readers.PromptFormats.RolelessTextIsSentAs(document.Format);
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

    internal static bool IsDelimited(string text, TextSpan span)
    {
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
        string previous = PreviousNonBlankLine(text, span.Start);
        string next = NextNonBlankLine(text, span.End);
        bool tagPair = previous.EndsWith(">", StringComparison.Ordinal) && previous.StartsWith("<", StringComparison.Ordinal) && next.StartsWith("</", StringComparison.Ordinal);
        bool fence = (previous.StartsWith("```", StringComparison.Ordinal) && next.StartsWith("```", StringComparison.Ordinal))
            || (previous == "\"\"\"" && next == "\"\"\"") || (previous == "'''" && next == "'''")
            || (previous.StartsWith("---", StringComparison.Ordinal) && next.StartsWith("---", StringComparison.Ordinal))
            || (previous.StartsWith("###", StringComparison.Ordinal) && next.StartsWith("###", StringComparison.Ordinal) && previous.Trim('#').Length == 0)
            || (IsMarkerLine(previous) && IsMarkerLine(next));
        return tagPair || fence || (b == '>' && previous.StartsWith("<", StringComparison.Ordinal) && a == '\n' && next.StartsWith("</", StringComparison.Ordinal));
    }

    /// <summary>A line that opens or closes a block by its look: <c>===BEGIN DOCUMENTS===</c>, <c>*****</c>, <c>&lt;&lt;&lt;</c>, <c>~~~</c>.</summary>
    private static bool IsMarkerLine(string line) =>
        line.Length >= 3 && !char.IsLetterOrDigit(line[0]) && !char.IsWhiteSpace(line[0]) && line[1] == line[0] && line[2] == line[0]
        && line[0] is not ('{' or '}' or '(' or '[' or '-' or '#' or '`' or '"' or '\'');

    private static string PreviousNonBlankLine(string text, int offset)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1));
        // Text before the expression on its own line counts as that line's prefix.
        string prefix = text.Substring(lineStart + 1, offset - lineStart - 1).Trim();
        if (prefix.Length > 0)
        {
            return prefix;
        }

        int end = lineStart;
        while (end > 0)
        {
            int start = text.LastIndexOf('\n', end - 1);
            string line = text.Substring(start + 1, end - start - 1).Trim();
            if (line.Length > 0)
            {
                return line;
            }

            end = start;
        }

        return string.Empty;
    }

    private static string NextNonBlankLine(string text, int offset)
    {
        int lineEnd = text.IndexOf('\n', offset);
        string suffix = text.Substring(offset, (lineEnd < 0 ? text.Length : lineEnd) - offset).Trim();
        if (suffix.Length > 0)
        {
            return suffix;
        }

        int start = lineEnd;
        while (start >= 0 && start < text.Length)
        {
            int end = text.IndexOf('\n', start + 1);
            string line = text.Substring(start + 1, (end < 0 ? text.Length : end) - start - 1).Trim();
            if (line.Length > 0)
            {
                return line;
            }

            start = end;
        }

        return string.Empty;
    }
}
