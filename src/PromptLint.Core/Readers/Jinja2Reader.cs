using System;
using System.Collections.Generic;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Jinja2 prompt templates (<c>.jinja2</c>, <c>.j2</c>) as Microsoft prompt flow writes them: a line holding only
/// <c>system:</c>, <c>user:</c>, <c>assistant:</c>, <c>function:</c> or <c>tool:</c> (optionally after one <c>#</c>)
/// starts a message that runs to the next such line. A <c>{% for %}</c> loop whose body holds role lines replays a
/// chat history: its turns are data, not messages or examples, so the loop is left out of the messages.
/// Text before the first role line (or the whole text, when there is none) is read as the instructions; prompt
/// flow's chat API rejects such text and its completion API sends the whole text as one prompt.
/// </summary>
internal sealed class Jinja2Reader : PromptReader
{
    public override PromptFormat Format => PromptFormat.Jinja2;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        int start = builder.Source.ContentStart;
        string body = builder.Source.Text.Substring(start);
        TextMap map = TextMap.Contiguous(start, body.Length);
        TemplateScanResult scan = builder.ScanTemplate(body, map, TemplateDialect.Jinja);
        Split(builder, body, map, scan);
    }

    internal static void Split(PromptDocumentBuilder builder, string body, TextMap map, TemplateScanResult scan)
    {
        List<TextSpan> quiet = QuietRegions(scan);
        List<TextSpan> history = HistoryLoops(body, scan, quiet);
        MessageRole role = MessageRole.System;
        bool implicitRole = true;
        TextSpan marker = default;
        int segmentStart = 0;
        int historyIndex = 0;
        bool resumed = false;
        int lineStart = 0;
        while (lineStart <= body.Length)
        {
            int newline = body.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.Length : newline;
            while (historyIndex < history.Count && history[historyIndex].End <= lineStart)
            {
                historyIndex++;
            }

            if (historyIndex < history.Count && history[historyIndex].Start <= lineStart)
            {
                // A history loop: end the message before it; text after it continues in the same role.
                TextSpan loop = history[historyIndex++];
                AddSegment(builder, body, map, segmentStart, loop.Start, role, marker, implicitRole, implicitRole || resumed);
                segmentStart = loop.End;
                resumed = true;
                int after = body.IndexOf('\n', loop.End);
                if (after < 0)
                {
                    break;
                }

                lineStart = after + 1;
                continue;
            }

            if (!InsideAny(quiet, lineStart) && TryParseRoleLine(body, lineStart, lineEnd, out MessageRole lineRole, out TextSpan span))
            {
                AddSegment(builder, body, map, segmentStart, lineStart, role, marker, implicitRole, implicitRole || resumed);
                resumed = false;
                role = lineRole;
                implicitRole = false;
                marker = map.ToSource(span);
                segmentStart = newline < 0 ? body.Length : newline + 1;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        AddSegment(builder, body, map, segmentStart, body.Length, role, marker, implicitRole, implicitRole || resumed);
    }

    /// <summary>Adds [start, end) as a message; blank text is dropped when <paramref name="requireContent"/> (implicit text, text after a history loop).</summary>
    private static void AddSegment(PromptDocumentBuilder builder, string body, TextMap map, int start, int end, MessageRole role, TextSpan marker, bool implicitRole, bool requireContent)
    {
        if (start < end || !requireContent)
        {
            RoleMarkers.AddSegment(builder, body, map, start, Math.Max(start, end), role, marker, implicitRole, requireContent);
        }
    }

    /// <summary>Comments and raw blocks, where a role line is text, not a boundary.</summary>
    private static List<TextSpan> QuietRegions(TemplateScanResult scan)
    {
        var regions = new List<TextSpan>();
        foreach (TemplateExpression e in scan.Expressions)
        {
            if (e.Kind is TemplateExpressionKind.Comment or TemplateExpressionKind.Raw)
            {
                regions.Add(e.Span);
            }
        }

        return regions;
    }

    /// <summary><c>{% for %}…{% endfor %}</c> regions whose body holds a role line: replayed chat history.</summary>
    private static List<TextSpan> HistoryLoops(string body, TemplateScanResult scan, List<TextSpan> quiet)
    {
        var loops = new List<TextSpan>();
        var open = new Stack<TemplateExpression>();
        foreach (TemplateExpression e in scan.Expressions)
        {
            if (e.Kind == TemplateExpressionKind.BlockOpen)
            {
                open.Push(e);
            }
            else if (e.Kind == TemplateExpressionKind.BlockClose && open.Count > 0)
            {
                TemplateExpression opener = open.Pop();
                bool outermost = loops.Count == 0 || loops[loops.Count - 1].End <= opener.Span.Start;
                if (opener.Name == "for" && outermost && HasRoleLine(body, opener.Span.End, e.Span.Start, quiet))
                {
                    // An inner loop closed before its outer one: the outer region replaces it.
                    while (loops.Count > 0 && loops[loops.Count - 1].Start >= opener.Span.Start)
                    {
                        loops.RemoveAt(loops.Count - 1);
                    }

                    loops.Add(TextSpan.FromBounds(LineStartOf(body, opener.Span.Start), e.Span.End));
                }
            }
        }

        return loops;
    }

    private static int LineStartOf(string text, int index)
    {
        int i = index;
        while (i > 0 && text[i - 1] != '\n' && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > 0 && text[i - 1] != '\n' ? index : i;
    }

    private static bool HasRoleLine(string body, int start, int end, List<TextSpan> quiet)
    {
        int lineStart = body.LastIndexOf('\n', start > 0 ? start - 1 : 0) + 1;
        while (lineStart < end)
        {
            int newline = body.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            if (!InsideAny(quiet, lineStart) && (TryParseRoleLine(body, lineStart, lineEnd, out _, out _) || IsTemplatedRoleLine(body, lineStart, lineEnd)))
            {
                return true;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return false;
    }

    /// <summary><c>{{item.role}}:</c> alone on a line: the role comes from the data being replayed.</summary>
    private static bool IsTemplatedRoleLine(string text, int start, int end)
    {
        int i = SkipBlanks(text, start, end);
        if (i < end && text[i] == '#')
        {
            i = SkipBlanks(text, i + 1, end);
        }

        if (string.CompareOrdinal(text, i, "{{", 0, 2) != 0)
        {
            return false;
        }

        int close = text.IndexOf("}}", i, end - i, System.StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        int j = SkipBlanks(text, close + 2, end);
        return j < end && text[j] == ':' && SkipBlanks(text, j + 1, end) == end;
    }

    private static bool InsideAny(List<TextSpan> regions, int offset)
    {
        foreach (TextSpan r in regions)
        {
            if (r.Start <= offset && offset < r.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prompt flow's role line: <c>(?i)^\s*#?\s*(system|user|assistant|function|tool)\s*:\s*$</c>.</summary>
    internal static bool TryParseRoleLine(string text, int start, int end, out MessageRole role, out TextSpan span)
    {
        role = default;
        span = default;
        int i = SkipBlanks(text, start, end);
        int markerStart = i;
        if (i < end && text[i] == '#')
        {
            i = SkipBlanks(text, i + 1, end);
        }

        int wordStart = i;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        MessageRole? parsed = (i - wordStart) switch
        {
            >= 4 and <= 9 => text.Substring(wordStart, i - wordStart).ToLowerInvariant() switch
            {
                "system" => MessageRole.System,
                "user" => MessageRole.User,
                "assistant" => MessageRole.Assistant,
                "function" or "tool" => MessageRole.Tool,
                _ => null,
            },
            _ => null,
        };
        i = SkipBlanks(text, i, end);
        if (parsed is null || i >= end || text[i] != ':' || SkipBlanks(text, i + 1, end) != end)
        {
            return false;
        }

        role = parsed.Value;
        span = TextSpan.FromBounds(markerStart, i + 1);
        return true;
    }

    private static int SkipBlanks(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
        {
            i++;
        }

        return i;
    }
}
