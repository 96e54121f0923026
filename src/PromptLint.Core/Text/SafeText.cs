using System.Text;

namespace PromptLint.Text;

/// <summary>
/// The one escaping for text PromptLint writes for people (the CLI's text and GitHub output, the ladder report's
/// table, Markdown and HTML): a file name, a template variable or a <c>models:</c> key may hold terminal escape
/// sequences, other C0/C1 controls or bidirectional overrides that would recolour a terminal, forge a GitHub
/// annotation or show a file name reversed. Each such character is written as a visible <c>\u00XX</c>-style escape.
/// </summary>
public static class SafeText
{
    /// <summary><paramref name="text"/> with every control and bidi-formatting character written as <c>\uXXXX</c>; line feeds, carriage returns and tabs too unless kept.</summary>
    public static string Visible(string text, bool keepLineBreaks = false)
    {
        int first = 0;
        while (first < text.Length && !MustEscape(text[first], keepLineBreaks))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (MustEscape(c, keepLineBreaks))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A Markdown table cell: visible controls (no line breaks, which end a row) and escaped <c>|</c>.</summary>
    public static string MarkdownCell(string text) => Visible(text).Replace("|", "\\|");

    /// <summary>
    /// A Markdown code span holding <paramref name="text"/> literally, whatever it holds: delimited by one more
    /// backtick than its longest run of backticks, padded when it starts or ends with one, on one line. Inside a
    /// table pass it through <see cref="MarkdownCell"/> too (GitHub reads <c>\|</c> as a pipe even in code there).
    /// </summary>
    public static string CodeSpan(string text)
    {
        string body = Visible(text);
        int longest = 0, run = 0;
        foreach (char c in body)
        {
            run = c == '`' ? run + 1 : 0;
            longest = run > longest ? run : longest;
        }

        string fence = new('`', longest + 1);
        bool pad = body.Length > 0 && (body[0] == '`' || body[body.Length - 1] == '`' || body[0] == ' ');
        return pad ? fence + " " + body + " " + fence : fence + body + fence;
    }

    /// <summary>HTML text and attribute content: the five HTML characters as entities, controls and bidi characters visible.</summary>
    public static string Html(string text)
    {
        string visible = Visible(text, keepLineBreaks: true);
        var sb = new StringBuilder(visible.Length);
        foreach (char c in visible)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static bool MustEscape(char c, bool keepLineBreaks)
    {
        if (c is '\n' or '\r' or '\t')
        {
            return !keepLineBreaks;
        }

        return char.IsControl(c) // C0, DEL and C1 (ESC, CSI, OSC, …)
            || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' // Arabic letter mark, LRM/RLM, line/paragraph separators
            || (c >= '\u202A' && c <= '\u202E') // LRE, RLE, PDF, LRO, RLO
            || (c >= '\u2066' && c <= '\u2069'); // LRI, RLI, FSI, PDI
    }
}
