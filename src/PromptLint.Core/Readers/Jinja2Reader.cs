using System;
using System.Collections.Generic;
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
/// flow's chat API rejects such text and its completion API sends the whole text as one prompt. Role lines inside
/// comments and raw blocks are text. Linear: lines are classified once, loops are checked with prefix counts.
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
        List<Line> lines = ClassifyLines(body, scan);
        List<TextSpan> history = HistoryLoops(body, scan, lines);
        MessageRole role = MessageRole.System;
        bool implicitRole = true;
        bool resumed = false;
        TextSpan marker = default;
        int segmentStart = 0;
        int h = 0;
        foreach (Line line in lines)
        {
            while (h < history.Count && history[h].End <= line.Start && history[h].Start < segmentStart)
            {
                h++;
            }

            if (line.Start < segmentStart)
            {
                continue; // inside a history loop already cut out
            }

            if (h < history.Count && history[h].Start <= line.Start)
            {
                // A history loop: end the message before it; text after it continues in the same role.
                AddSegment(builder, body, map, segmentStart, history[h].Start, role, marker, implicitRole, implicitRole || resumed);
                segmentStart = history[h].End;
                resumed = true;
                h++;
                continue;
            }

            if (line.Role is { } lineRole)
            {
                AddSegment(builder, body, map, segmentStart, line.Start, role, marker, implicitRole, implicitRole || resumed);
                resumed = false;
                role = lineRole;
                implicitRole = false;
                marker = map.ToSource(line.MarkerSpan);
                segmentStart = Math.Min(body.Length, line.End + 1);
            }
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

    private readonly record struct Line(int Start, int End, MessageRole? Role, TextSpan MarkerSpan, bool ReplaysTurn);

    /// <summary>Every line with its role line (if any) and whether it writes a turn (a role line or <c>{{item.role}}:</c>); comments and raw blocks are quiet.</summary>
    private static List<Line> ClassifyLines(string body, TemplateScanResult scan)
    {
        var quiet = new List<TextSpan>();
        foreach (TemplateExpression e in scan.Expressions)
        {
            if (e.Kind is TemplateExpressionKind.Comment or TemplateExpressionKind.Raw)
            {
                quiet.Add(e.Span);
            }
        }

        var lines = new List<Line>();
        int q = 0;
        int lineStart = 0;
        while (lineStart <= body.Length)
        {
            int newline = body.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.Length : newline;
            while (q < quiet.Count && quiet[q].End <= lineStart)
            {
                q++;
            }

            bool isQuiet = q < quiet.Count && quiet[q].Start <= lineStart;
            MessageRole? role = null;
            TextSpan span = default;
            bool turn = false;
            if (!isQuiet)
            {
                if (TryParseRoleLine(body, lineStart, lineEnd, out MessageRole parsed, out span))
                {
                    role = parsed;
                    turn = true;
                }
                else
                {
                    turn = IsTemplatedRoleLine(body, lineStart, lineEnd);
                }
            }

            lines.Add(new Line(lineStart, lineEnd, role, span, turn));
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return lines;
    }

    /// <summary>Outermost <c>{% for %}…{% endfor %}</c> regions whose body holds a turn line: replayed chat history.</summary>
    private static List<TextSpan> HistoryLoops(string body, TemplateScanResult scan, List<Line> lines)
    {
        var turnsBefore = new int[lines.Count + 1];
        var starts = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            turnsBefore[i + 1] = turnsBefore[i] + (lines[i].ReplaysTurn ? 1 : 0);
            starts[i] = lines[i].Start;
        }

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
                // Lines that start after the opening tag and before the closing tag.
                int first = LineAfter(starts, opener.Span.End);
                int last = LineAfter(starts, e.Span.Start);
                if (opener.Name != "for" || turnsBefore[last] - turnsBefore[first] == 0)
                {
                    continue;
                }

                var region = TextSpan.FromBounds(LineStartOf(body, opener.Span.Start), e.Span.End);
                while (loops.Count > 0 && loops[loops.Count - 1].Start >= region.Start)
                {
                    loops.RemoveAt(loops.Count - 1); // an inner loop closed first; the outer region replaces it
                }

                loops.Add(region);
            }
        }

        return loops;
    }

    /// <summary>The index of the first line that starts after <paramref name="offset"/>.</summary>
    private static int LineAfter(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The start of the tag's line when only blanks precede it there, else the tag itself.</summary>
    private static int LineStartOf(string text, int index)
    {
        int i = index;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n' ? i : index;
    }

    /// <summary><c>{{item.role}}:</c> alone on a line: the role comes from the data being replayed.</summary>
    private static bool IsTemplatedRoleLine(string text, int start, int end)
    {
        int i = SkipBlanks(text, start, end);
        if (i < end && text[i] == '#')
        {
            i = SkipBlanks(text, i + 1, end);
        }

        if (i + 2 > end || string.CompareOrdinal(text, i, "{{", 0, 2) != 0)
        {
            return false;
        }

        int close = text.IndexOf("}}", i, end - i, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        int j = SkipBlanks(text, close + 2, end);
        return j < end && text[j] == ':' && SkipBlanks(text, j + 1, end) == end;
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
        while (i < end && i - wordStart <= 9 && char.IsLetter(text[i]))
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
