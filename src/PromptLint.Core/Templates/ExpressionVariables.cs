using System;
using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Templates;

/// <summary>
/// Pulls the variables an expression reads out of a tag's inner text: the root of each path, skipping
/// string literals, numbers, member names, filter and function names, keyword arguments and keywords.
/// </summary>
internal static class ExpressionVariables
{
    private static readonly HashSet<string> JinjaWords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "is", "if", "else", "elif", "true", "false", "none", "True", "False", "None",
        "loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace", "super", "caller", "self", "varargs", "kwargs",
        "forloop", "contains", "nil", "null", "empty", "blank", "with", "without", "context", "recursive", "as", "only",
    };

    private static readonly HashSet<string> ScribanWords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "true", "false", "null", "empty", "this", "for", "if", "else", "end", "while",
        "string", "array", "math", "date", "html", "object", "regex", "timespan", "include", "func", "ret", "break",
        "continue", "capture", "with", "wrap", "case", "when", "tablerow", "readonly", "import", "offset", "limit", "reversed",
    };

    private static readonly HashSet<string> HandlebarsWords = new(StringComparer.Ordinal)
    {
        "this", "true", "false", "null", "undefined", "else", "as",
    };

    public static void Collect(string s, int start, int end, TemplateDialect dialect, ICollection<string> locals, List<TemplateVariableReference> into)
    {
        HashSet<string> keywords = dialect switch
        {
            TemplateDialect.Scriban => ScribanWords,
            TemplateDialect.Handlebars or TemplateDialect.Mustache => HandlebarsWords,
            _ => JinjaWords,
        };

        char previousSignificant = '\0';
        int i = start;
        while (i < end)
        {
            char c = s[i];
            if (c is '"' or '\'' or '`')
            {
                i = TagReader.SkipString(s, i, end);
                previousSignificant = 'x';
                continue;
            }

            if (char.IsDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(s[i]) || s[i] == '.'))
                {
                    i++;
                }

                previousSignificant = 'x';
                continue;
            }

            bool sigil = c == '$' && dialect is TemplateDialect.SemanticKernel or TemplateDialect.Scriban;
            if (TagReader.IsIdentifierStart(c) || (sigil && i + 1 < end && TagReader.IsIdentifierStart(s[i + 1])))
            {
                int nameStart = sigil ? i + 1 : i;
                int nameEnd = TagReader.ReadIdentifier(s, nameStart, end);
                bool afterAt = nameStart > start && s[nameStart - 1] == '@';
                int next = TagReader.SkipWhitespace(s, nameEnd, end);
                bool isCall = next < end && s[next] == '(';
                bool isKeywordArgument = next < end && s[next] == '=' && (next + 1 >= end || s[next + 1] != '=');
                bool isMember = previousSignificant == '.';
                bool isFilter = previousSignificant == '|';
                bool isSubexpressionHelper = previousSignificant == '(' && dialect is TemplateDialect.Handlebars or TemplateDialect.Mustache;
                string name = s.Substring(nameStart, nameEnd - nameStart);
                bool skip = isMember || isFilter || isSubexpressionHelper || afterAt || isCall || isKeywordArgument || keywords.Contains(name) || locals.Contains(name);
                if (dialect == TemplateDialect.SemanticKernel && !sigil)
                {
                    skip = true; // SK: bare words are function names; variables always carry '$'.
                }

                if (!skip)
                {
                    into.Add(new TemplateVariableReference(name, TextSpan.FromBounds(nameStart, nameEnd)));
                }

                i = nameEnd;
                previousSignificant = 'x';
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                previousSignificant = c;
            }

            i++;
        }
    }
}
