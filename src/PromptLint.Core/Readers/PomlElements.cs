using System;
using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>One element of a POML file: its name, the open tag, and the close tag (none for <c>&lt;x/&gt;</c> or when never closed).</summary>
internal sealed record PomlElement(string Name, TextSpan Open, TextSpan? Close, int Depth)
{
    public bool SelfClosing { get; init; }

    /// <summary>Open tag start to close tag end (or open tag end when unclosed).</summary>
    public TextSpan Whole => TextSpan.FromBounds(Open.Start, Close?.End ?? Open.End);

    /// <summary>Between the tags; empty when self-closing or unclosed.</summary>
    public TextSpan Inner => Close is { } close ? TextSpan.FromBounds(Open.End, close.Start) : new TextSpan(Open.End, 0);
}

/// <summary>
/// A small tolerant XML-ish scanner for POML: elements with attributes, comments, CDATA, processing instructions
/// and declarations (skipped, never processed: no DTDs, no entity expansion). A stray <c>&lt;</c> is text, a close
/// tag with no opener is ignored, and elements left open are reported. Every search moves forward, so it is linear.
/// </summary>
internal static class PomlElements
{
    public static List<PomlElement> Scan(string text, int start, List<(TextSpan Span, string Message)> problems)
    {
        var elements = new List<PomlElement>();
        var open = new List<int>(); // indexes into elements
        var openNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int i = start;
        while (i < text.Length)
        {
            int lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length)
            {
                break;
            }

            if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
            {
                i = SkipPast(text, lt + 4, "-->");
            }
            else if (string.CompareOrdinal(text, lt, "<![CDATA[", 0, 9) == 0)
            {
                i = SkipPast(text, lt + 9, "]]>");
            }
            else if (text[lt + 1] is '!' or '?')
            {
                i = SkipPast(text, lt + 2, ">");
            }
            else if (text[lt + 1] == '/')
            {
                int nameEnd = ReadName(text, lt + 2);
                int gt = text.IndexOf('>', nameEnd);
                int end = gt < 0 ? text.Length : gt + 1;
                Close(text.Substring(lt + 2, nameEnd - lt - 2), TextSpan.FromBounds(lt, end), elements, open, openNames, problems);
                i = end;
            }
            else if (char.IsLetter(text[lt + 1]))
            {
                int nameEnd = ReadName(text, lt + 1);
                int end = TagEnd(text, nameEnd);
                bool selfClosing = end >= 2 && text[end - 2] == '/';
                var element = new PomlElement(text.Substring(lt + 1, nameEnd - lt - 1), TextSpan.FromBounds(lt, end), null, open.Count) { SelfClosing = selfClosing };
                elements.Add(element);
                if (!selfClosing)
                {
                    open.Add(elements.Count - 1);
                    openNames[element.Name] = openNames.TryGetValue(element.Name, out int count) ? count + 1 : 1;
                }

                i = end;
            }
            else
            {
                i = lt + 1;
            }
        }

        foreach (int index in open)
        {
            PomlElement unclosed = elements[index];
            problems.Add((unclosed.Open, $"'<{unclosed.Name}>' is never closed; add '</{unclosed.Name}>'"));
        }

        return elements;
    }

    /// <summary>
    /// Closes the innermost open element of that name. The name count makes a close tag with nothing to close O(1), and
    /// the search from the top of the stack only passes elements it then closes, so the whole scan stays linear.
    /// </summary>
    private static void Close(string name, TextSpan tag, List<PomlElement> elements, List<int> open, Dictionary<string, int> openNames, List<(TextSpan, string)> problems)
    {
        if (!openNames.TryGetValue(name, out int count) || count == 0)
        {
            return; // a close tag with nothing to close is text to POML's tolerant reading
        }

        int match = open.FindLastIndex(index => string.Equals(elements[index].Name, name, StringComparison.OrdinalIgnoreCase));

        for (int k = open.Count - 1; k > match; k--)
        {
            PomlElement unclosed = elements[open[k]];
            problems.Add((unclosed.Open, $"'<{unclosed.Name}>' is never closed; add '</{unclosed.Name}>' before '</{name}>'"));
        }

        int index = open[match];
        elements[index] = elements[index] with { Close = tag };
        for (int k = match; k < open.Count; k++)
        {
            openNames[elements[open[k]].Name]--;
        }

        open.RemoveRange(match, open.Count - match);
    }

    private static int ReadName(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' or '.'))
        {
            i++;
        }

        return i;
    }

    /// <summary>The offset after the tag's <c>&gt;</c>, skipping quoted attribute values (which may hold <c>&gt;</c>).</summary>
    private static int TagEnd(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c is '"' or '\'')
            {
                int close = text.IndexOf(c, i + 1);
                i = close < 0 ? text.Length : close + 1;
                continue;
            }

            if (c == '<')
            {
                return i; // a tag left open: the next tag starts here
            }

            i++;
        }

        return text.Length;
    }

    private static int SkipPast(string text, int from, string closer)
    {
        int close = text.IndexOf(closer, from, StringComparison.Ordinal);
        return close < 0 ? text.Length : close + closer.Length;
    }
}
