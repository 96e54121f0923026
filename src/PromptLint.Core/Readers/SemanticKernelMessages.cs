using System;
using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Semantic Kernel chat prompts: <c>&lt;message role="…"&gt;…&lt;/message&gt;</c> tags (ChatPromptParser) and the
/// Handlebars form <c>{{#message role="…"}}…{{/message}}</c>. Without either, the whole template is the
/// instructions.
/// </summary>
internal static class SemanticKernelMessages
{
    public static void Split(PromptDocumentBuilder builder, string text, TextMap map, TemplateScanResult scan)
    {
        var blocks = new List<(int MarkerStart, int ContentStart, int ContentEnd, int End, MessageRole Role)>();
        FindXmlMessages(text, blocks);
        FindHandlebarsMessages(scan, blocks);
        if (blocks.Count == 0)
        {
            RoleMarkers.AddSegment(builder, text, map, 0, text.Length, MessageRole.System, default, implicitRole: true, requireContent: true);
            return;
        }

        blocks.Sort((a, b) => a.MarkerStart.CompareTo(b.MarkerStart));
        int cursor = 0;
        foreach (var block in blocks)
        {
            if (block.MarkerStart < cursor)
            {
                continue; // nested or overlapping forms: keep the outer one
            }

            RoleMarkers.AddSegment(builder, text, map, cursor, block.MarkerStart, MessageRole.System, default, implicitRole: true, requireContent: true);
            TextSpan marker = map.ToSource(TextSpan.FromBounds(block.MarkerStart, block.ContentStart));
            RoleMarkers.AddSegment(builder, text, map, block.ContentStart, block.ContentEnd, block.Role, marker, implicitRole: false, requireContent: false);
            cursor = block.End;
        }

        RoleMarkers.AddSegment(builder, text, map, cursor, text.Length, MessageRole.System, default, implicitRole: true, requireContent: true);
    }

    private static void FindXmlMessages(string text, List<(int, int, int, int, MessageRole)> blocks)
    {
        const string open = "<message";
        const string close = "</message>";
        int i = 0;
        while ((i = text.IndexOf(open, i, StringComparison.Ordinal)) >= 0)
        {
            int tagEnd = text.IndexOf('>', i);
            if (tagEnd < 0)
            {
                return;
            }

            string? role = AttributeValue(text, i + open.Length, tagEnd, "role");
            int closeAt = text.IndexOf(close, tagEnd, StringComparison.Ordinal);
            if (closeAt < 0)
            {
                return; // no close tag after this one: none after any later opener either
            }

            if (role is null)
            {
                i = tagEnd;
                continue;
            }

            MessageRole parsed = MessageRoleExtensions.Parse(role) ?? MessageRole.User;
            blocks.Add((i, tagEnd + 1, closeAt, closeAt + close.Length, parsed));
            i = closeAt + close.Length;
        }
    }

    private static void FindHandlebarsMessages(TemplateScanResult scan, List<(int, int, int, int, MessageRole)> blocks)
    {
        int depth = 0;
        (int Start, int ContentStart, MessageRole Role) current = default;
        foreach (TemplateExpression e in scan.Expressions)
        {
            if (e.Name != "message")
            {
                continue;
            }

            if (e.Kind == TemplateExpressionKind.BlockOpen)
            {
                if (depth++ == 0)
                {
                    string? role = AttributeValue(e.Content, 0, e.Content.Length, "role");
                    current = (e.Span.Start, e.Span.End, MessageRoleExtensions.Parse(role ?? "user") ?? MessageRole.User);
                }
            }
            else if (e.Kind == TemplateExpressionKind.BlockClose && depth > 0 && --depth == 0)
            {
                blocks.Add((current.Start, current.ContentStart, e.Span.Start, e.Span.End, current.Role));
            }
        }
    }

    /// <summary>Reads <c>name="value"</c> (or single quotes) between <paramref name="start"/> and <paramref name="end"/>.</summary>
    internal static string? AttributeValue(string text, int start, int end, string name)
    {
        int i = start;
        while ((i = text.IndexOf(name, i, end - i, StringComparison.Ordinal)) >= 0)
        {
            int j = i + name.Length;
            while (j < end && text[j] == ' ')
            {
                j++;
            }

            if (j < end && text[j] == '=' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                j++;
                while (j < end && text[j] == ' ')
                {
                    j++;
                }

                if (j < end && (text[j] == '"' || text[j] == '\''))
                {
                    int close = text.IndexOf(text[j], j + 1);
                    if (close > j && close <= end)
                    {
                        return text.Substring(j + 1, close - j - 1);
                    }
                }
            }

            i += name.Length;
            if (i >= end)
            {
                break;
            }
        }

        return null;
    }
}
