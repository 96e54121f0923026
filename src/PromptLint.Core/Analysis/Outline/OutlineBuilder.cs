using System;
using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Analysis.Outline;

/// <summary>Builds a <see cref="MessageOutline"/> in a few linear passes over the message text.</summary>
internal static class OutlineBuilder
{
    private const int MaxSentenceLength = 600;

    /// <summary>How much of one message the sentence pass reads; longer prompts are far over any token budget (PL6001).</summary>
    public const int MaxAnalyzedLength = 64 * 1024;

    public static void Build(MessageOutline outline)
    {
        ReadLines(outline);
        ReadSections(outline);
        ReadLabels(outline);
        ReadElements(outline);
        ReadSentences(outline);
    }

    private static void ReadLines(MessageOutline o)
    {
        string text = o.Text;
        bool inFence = false;
        int fenceStart = -1;
        string fenceInfo = string.Empty;
        int tag = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            int trimmedEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            int content = start;
            while (content < trimmedEnd && (text[content] == ' ' || text[content] == '\t' || text[content] == '\uFEFF'))
            {
                content++;
            }

            while (tag < o.TemplateTags.Count && o.TemplateTags[tag].End <= content)
            {
                tag++;
            }

            bool templateOnly = content < trimmedEnd && TemplateOnly(o, tag, content, trimmedEnd);
            int index = o.Lines.Count;
            LineKind kind;
            if (StartsWith(text, content, trimmedEnd, "```") || StartsWith(text, content, trimmedEnd, "~~~"))
            {
                kind = LineKind.FenceMarker;
                if (!inFence)
                {
                    inFence = true;
                    fenceStart = index;
                    fenceInfo = text.Substring(content + 3, trimmedEnd - content - 3).Trim().ToLowerInvariant();
                }
                else
                {
                    inFence = false;
                    AddFence(o, fenceStart, index, fenceInfo, end);
                }

                o.Lines.Add(new Line(TextSpan.FromBounds(start, trimmedEnd), content, kind, true, templateOnly));
            }
            else
            {
                kind = inFence ? LineKind.Text : Classify(text, content, trimmedEnd);
                o.Lines.Add(new Line(TextSpan.FromBounds(start, trimmedEnd), content, kind, inFence, templateOnly));
                if (kind == LineKind.ListItem)
                {
                    o.ListItems.Add(index);
                }
                else if (kind == LineKind.Separator)
                {
                    o.Separators.Add(index);
                }
            }

            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        if (inFence)
        {
            AddFence(o, fenceStart, o.Lines.Count - 1, fenceInfo, text.Length);
        }
    }

    private static void AddFence(MessageOutline o, int startLine, int endLine, string info, int end)
    {
        var span = TextSpan.FromBounds(o.Lines[startLine].Span.Start, end);
        TextSpan body = startLine + 1 <= endLine - 1
            ? TextSpan.FromBounds(o.Lines[startLine + 1].Span.Start, o.Lines[endLine - 1].Span.End)
            : new TextSpan(span.Start, 0);
        int space = info.IndexOf(' ');
        o.Fences.Add(new Fence(startLine, endLine, space < 0 ? info : info.Substring(0, space), span, o.HasStaticText(body)));
    }

    private static bool TemplateOnly(MessageOutline o, int tag, int content, int end)
    {
        int i = content;
        while (i < end)
        {
            if (tag < o.TemplateTags.Count && o.TemplateTags[tag].Start <= i && i < o.TemplateTags[tag].End)
            {
                i = o.TemplateTags[tag].End;
                tag++;
                continue;
            }

            if (!char.IsWhiteSpace(o.Text[i]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static LineKind Classify(string text, int content, int end)
    {
        if (content >= end)
        {
            return LineKind.Blank;
        }

        char c = text[content];
        if (IsSeparator(text, content, end))
        {
            return LineKind.Separator;
        }

        if (c == '#')
        {
            int hashes = content;
            while (hashes < end && text[hashes] == '#')
            {
                hashes++;
            }

            if (hashes - content <= 6 && (hashes == end || text[hashes] == ' ' || text[hashes] == '\t'))
            {
                return LineKind.Heading;
            }
        }

        if ((c is '-' or '*' or '+' or '\u2022') && content + 1 < end && (text[content + 1] == ' ' || text[content + 1] == '\t'))
        {
            return LineKind.ListItem;
        }

        if (char.IsDigit(c))
        {
            int d = content;
            while (d < end && d - content < 3 && char.IsDigit(text[d]))
            {
                d++;
            }

            if (d < end && (text[d] == '.' || text[d] == ')') && (d + 1 == end || !char.IsDigit(text[d + 1])))
            {
                return LineKind.ListItem;
            }
        }

        return c == '|' ? LineKind.TableRow : LineKind.Text;
    }

    /// <summary><c>---</c>, <c>+++++</c>, <c>===</c>, <c>***</c>: three or more of one punctuation character and nothing else.</summary>
    private static bool IsSeparator(string text, int content, int end)
    {
        char c = text[content];
        if (c is not ('-' or '=' or '+' or '*' or '_' or '~' or '#'))
        {
            return false;
        }

        int count = 0;
        for (int i = content; i < end; i++)
        {
            if (text[i] == c)
            {
                count++;
            }
            else if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool StartsWith(string text, int at, int end, string value) =>
        end - at >= value.Length && string.CompareOrdinal(text, at, value, 0, value.Length) == 0;

    /// <summary>Headings (Markdown, bold, bracket, capitals-only lines) and the line ranges of their sections.</summary>
    private static void ReadSections(MessageOutline o)
    {
        var open = new List<int>();
        o.SectionOfLine = new int[o.Lines.Count];
        for (int l = 0; l < o.Lines.Count; l++)
        {
            Line line = o.Lines[l];
            Heading? heading = line.InFence ? null : ReadHeading(o, l, line);
            if (heading is not null)
            {
                while (open.Count > 0 && o.Headings[open[open.Count - 1]].Level >= heading.Level)
                {
                    o.Headings[open[open.Count - 1]].SectionEnd = l;
                    open.RemoveAt(open.Count - 1);
                }

                o.Headings.Add(heading);
                open.Add(o.Headings.Count - 1);
            }

            o.SectionOfLine[l] = open.Count > 0 ? open[open.Count - 1] : -1;
        }

        foreach (int h in open)
        {
            o.Headings[h].SectionEnd = o.Lines.Count;
        }
    }

    private static Heading? ReadHeading(MessageOutline o, int index, Line line)
    {
        string text = o.Text;
        int start = line.ContentStart;
        int end = line.Span.End;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start > 120 || end <= start)
        {
            return null;
        }

        if (line.Kind == LineKind.Heading)
        {
            int hashes = start;
            while (hashes < end && text[hashes] == '#')
            {
                hashes++;
            }

            return new Heading(index, hashes - start, HeadingStyle.Markdown, Title(text, hashes, end), TextSpan.FromBounds(start, end));
        }

        if (line.Kind != LineKind.Text)
        {
            return null;
        }

        if (end - start > 4 && StartsWith(text, start, end, "**") && (text[end - 1] == '*' || (text[end - 1] == ':' && text[end - 2] == '*')))
        {
            string title = Title(text, start, end);
            return title.IndexOf("**", StringComparison.Ordinal) < 0 && WordCount(title) <= 8 ? new Heading(index, 7, HeadingStyle.Bold, title, TextSpan.FromBounds(start, end)) : null;
        }

        if (text[start] == '[' && text[end - 1] == ']' && text.IndexOf(']', start) == end - 1 && WordCount(text, start, end) is > 0 and <= 6)
        {
            return new Heading(index, 7, HeadingStyle.Bracket, Title(text, start, end), TextSpan.FromBounds(start, end));
        }

        if (IsCapsTitle(text, start, end))
        {
            return new Heading(index, 7, HeadingStyle.Caps, Title(text, start, end), TextSpan.FromBounds(start, end));
        }

        return null;
    }

    /// <summary>A line of one to four words in capitals and nothing else (<c>EXAMPLE</c>, <c>END OF EXAMPLE</c>).</summary>
    private static bool IsCapsTitle(string text, int start, int end)
    {
        int letters = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!(c == ' ' || c == ':' || char.IsDigit(c) || c == '#'))
            {
                return false;
            }
        }

        return letters >= 4 && WordCount(text, start, end) <= 4;
    }

    /// <summary>Lower-cased title text without heading marks, emphasis, brackets, trailing colons.</summary>
    private static string Title(string text, int start, int end)
    {
        var sb = new System.Text.StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is '*' or '_' or '[' or ']' or '#' or ':' || char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static int WordCount(string s) => WordCount(s, 0, s.Length);

    private static int WordCount(string text, int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>Labeled lines in every style: <c>Input:</c>, <c>**Input:**</c>, <c>[Input]</c>, <c>### Input</c>, <c>{{speaker}}: …</c>.</summary>
    private static void ReadLabels(MessageOutline o)
    {
        string text = o.Text;
        int tag = 0;
        for (int l = 0; l < o.Lines.Count; l++)
        {
            Line line = o.Lines[l];
            if (line.InFence || line.Kind is LineKind.Blank or LineKind.Separator or LineKind.TableRow || line.Span.Length > 4000)
            {
                continue;
            }

            int start = line.ContentStart;
            int end = line.Span.End;
            while (tag < o.TemplateTags.Count && o.TemplateTags[tag].End <= start)
            {
                tag++;
            }

            if (tag < o.TemplateTags.Count && o.TemplateTags[tag].Start == start)
            {
                int after = o.TemplateTags[tag].End;
                if (after < end && text[after] == ':')
                {
                    TextSpan value = Trim(text, after + 1, end);
                    o.Labels.Add(new LabeledLine(l, Word.Tag, LabelStyle.TemplatedSpeaker, value, o.HasStaticText(value), value.Length == 0, false));
                }

                continue;
            }

            LabeledLine? label = ReadLabel(o, l, line, start, end);
            if (label is not null)
            {
                o.Labels.Add(label);
            }
        }
    }

    private static LabeledLine? ReadLabel(MessageOutline o, int l, Line line, int start, int end)
    {
        string text = o.Text;
        LabelStyle style = LabelStyle.Colon;
        int i = start;
        if (line.Kind == LineKind.Heading)
        {
            style = LabelStyle.Heading;
            while (i < end && (text[i] == '#' || text[i] == ' '))
            {
                i++;
            }
        }
        else if (line.Kind == LineKind.ListItem && (text[i] is '-' or '*' or '+' or '\u2022'))
        {
            i += 2;
        }

        while (i < end && text[i] == '>')
        {
            i++;
        }

        while (i < end && (text[i] == ' ' || text[i] == '*' || text[i] == '_'))
        {
            i++;
        }

        bool bracket = i < end && text[i] == '[';
        if (bracket)
        {
            style = LabelStyle.Bracket;
            i++;
        }

        int labelStart = i;
        while (i < end && i - labelStart <= 48 && (char.IsLetterOrDigit(text[i]) || text[i] is ' ' or '_' or '-' or '\'' or '(' or ')' or '#' or '/' or '.'))
        {
            i++;
        }

        int labelEnd = i;
        while (i < end && (text[i] == '*' || text[i] == '_' || (text[i] == ']' && bracket) || text[i] == ' '))
        {
            i++;
        }

        bool colon = i < end && text[i] == ':' && !(i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/');
        if (labelEnd == labelStart || !char.IsLetter(text[labelStart]))
        {
            return null;
        }

        if (colon)
        {
            i++;
        }
        else if (!(bracket && i == end) && !(style == LabelStyle.Heading && i == end))
        {
            return null;
        }

        string raw = Title(text, labelStart, labelEnd);
        if (raw.Length == 0 || WordCount(raw) > 5 || Unbalanced(text, labelStart, labelEnd))
        {
            return null;
        }

        (string label, bool mentionsExample) = NormalizeLabel(raw);
        TextSpan value = Trim(text, i, end);
        while (value.Length > 0 && (text[value.Start] == '*' || text[value.Start] == '_') && value.Length < 3)
        {
            value = new TextSpan(value.Start + 1, value.Length - 1);
        }

        return new LabeledLine(l, label, style, value, o.HasStaticText(value), value.Length == 0, mentionsExample);
    }

    /// <summary>A colon inside a parenthesis ("Example 2 (target: nl):") ends no label.</summary>
    private static bool Unbalanced(string text, int start, int end)
    {
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        }

        return depth != 0;
    }

    /// <summary>"Example Task #1 Input" → ("input", true); "Context 2" → ("context", false).</summary>
    internal static (string Label, bool MentionsExample) NormalizeLabel(string raw)
    {
        string[] words = raw.Split(' ');
        var kept = new List<string>(words.Length);
        bool example = false;
        foreach (string w in words)
        {
            string word = w.Trim('(', ')', '.', '\'', '-');
            if (word.Length == 0)
            {
                continue;
            }

            if (word is "example" or "examples" or "sample" or "task" or "actual" || word.StartsWith("#", StringComparison.Ordinal) || IsDigits(word))
            {
                example |= word is "example" or "examples" or "sample";
                continue;
            }

            kept.Add(word);
        }

        string label = kept.Count == 0 ? raw : string.Join(" ", kept);
        int trailing = label.Length;
        while (trailing > 1 && char.IsDigit(label[trailing - 1]))
        {
            trailing--;
        }

        return (label.Substring(0, trailing), example);
    }

    private static bool IsDigits(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsDigit(c) && c != '#')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Matches open and close tags with one stack per name: each tag is pushed and popped at most once.</summary>
    private static void ReadElements(MessageOutline o)
    {
        string text = o.Text;
        var open = new Dictionary<string, List<(int Start, int BodyStart)>>(StringComparer.Ordinal);
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && i + 1 < text.Length)
        {
            bool close = text[i + 1] == '/';
            int nameStart = close ? i + 2 : i + 1;
            if (nameStart >= text.Length || !char.IsLetter(text[nameStart]))
            {
                i++;
                continue;
            }

            int nameEnd = nameStart;
            while (nameEnd < text.Length && nameEnd - nameStart < 64 && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] is '_' or '-' or ':' or '.'))
            {
                nameEnd++;
            }

            int tagEnd = nameEnd;
            while (tagEnd < text.Length && tagEnd - nameEnd < 300 && text[tagEnd] != '>' && text[tagEnd] != '<' && text[tagEnd] != '\n')
            {
                tagEnd++;
            }

            if (tagEnd >= text.Length || text[tagEnd] != '>' || (nameEnd < tagEnd && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] != '/'))
            {
                i = nameEnd;
                continue;
            }

            string name = text.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
            if (close)
            {
                if (open.TryGetValue(name, out var stack) && stack.Count > 0)
                {
                    (int start, int bodyStart) = stack[stack.Count - 1];
                    stack.RemoveAt(stack.Count - 1);
                    o.Elements.Add(new Element(name, TextSpan.FromBounds(start, tagEnd + 1), TextSpan.FromBounds(bodyStart, i)));
                }
            }
            else if (text[tagEnd - 1] != '/')
            {
                if (!open.TryGetValue(name, out var stack))
                {
                    open[name] = stack = new List<(int, int)>();
                }

                stack.Add((i, tagEnd + 1));
            }

            i = tagEnd + 1;
        }

        o.Elements.Sort((a, b) => a.Whole.Start.CompareTo(b.Whole.Start));
    }

    /// <summary>
    /// Sentences end at . ! ? ; before white space, and at a line break after punctuation or a colon, at a blank line,
    /// or before a line that starts a list item, heading, tag, table row or fence (prompts wrap prose across lines).
    /// Fenced blocks hold no sentences. Words are lower-cased once; a template tag is one word.
    /// </summary>
    private static void ReadSentences(MessageOutline o)
    {
        string text = o.Text;
        int length = Math.Min(text.Length, MaxAnalyzedLength);
        var words = new List<Word>();
        var chars = new char[64];
        int tag = 0;
        int sentenceStart = -1;
        int sentenceLine = 0;
        int lastWordEnd = -1;
        int staticWords = 0;
        int line = 0;
        int i = 0;
        while (i < length)
        {
            while (line + 1 < o.Lines.Count && o.Lines[line + 1].Span.Start <= i)
            {
                line++;
            }

            if (o.Lines[line].InFence)
            {
                Flush(o, words, ref sentenceStart, sentenceLine, lastWordEnd);
                i = line + 1 < o.Lines.Count ? o.Lines[line + 1].Span.Start : length;
                continue;
            }

            while (tag < o.TemplateTags.Count && o.TemplateTags[tag].End <= i)
            {
                tag++;
            }

            char c = text[i];
            if (tag < o.TemplateTags.Count && o.TemplateTags[tag].Start == i)
            {
                TextSpan t = o.TemplateTags[tag];
                Begin(ref sentenceStart, ref sentenceLine, i, line);
                words.Add(new Word(Word.Tag, t, WordFlags.TemplateTag | (ClauseBreakBetween(text, lastWordEnd, i, sentenceStart) ? WordFlags.ClauseStart : 0)));
                lastWordEnd = Math.Min(t.End, length);
                i = lastWordEnd;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                int n = 0;
                bool allUpper = true;
                bool allDigits = true;
                while (i < length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < length && char.IsLetterOrDigit(text[i + 1]) && i > start)))
                {
                    if (tag < o.TemplateTags.Count && o.TemplateTags[tag].Start == i)
                    {
                        break;
                    }

                    char w = text[i];
                    if (n == chars.Length)
                    {
                        Array.Resize(ref chars, chars.Length * 2);
                    }

                    if (w < 0x80)
                    {
                        // ASCII, the bulk of every prompt: the same answers as the char methods below, from a table.
                        byte shape = AsciiShapes[w];
                        allUpper &= (shape & AsciiLetter) == 0 || (shape & AsciiUpper) != 0;
                        allDigits &= (shape & AsciiDigit) != 0;
                        chars[n++] = (shape & AsciiUpper) != 0 ? (char)(w | 0x20) : w;
                    }
                    else
                    {
                        allUpper &= !char.IsLetter(w) || char.IsUpper(w);
                        allDigits &= char.IsDigit(w);
                        chars[n++] = w == '\u2019' ? '\'' : char.ToLowerInvariant(w);
                    }

                    i++;
                }

                Begin(ref sentenceStart, ref sentenceLine, start, line);
                WordFlags flags = ClauseBreakBetween(text, lastWordEnd, start, sentenceStart) ? WordFlags.ClauseStart : WordFlags.None;
                if (char.IsUpper(c))
                {
                    flags |= WordFlags.Capitalized;
                }

                if (allUpper && n >= 2 && !allDigits)
                {
                    flags |= WordFlags.AllCaps;
                }

                if (allDigits)
                {
                    flags |= WordFlags.Number;
                }

                if (start > 0 && text[start - 1] is '"' or '\'' or '`' or '\u201C' or '\u2018' or '<')
                {
                    flags |= WordFlags.Quoted;
                }

                string wordText = Vocabulary.Intern(chars, n, out WordKind kind);
                words.Add(new Word(wordText, TextSpan.FromBounds(start, i), flags, kind));
                staticWords++;
                lastWordEnd = i;
                continue;
            }

            bool boundary = (c == '\n' && sentenceStart >= 0 && IsLineBreakBoundary(o, text, sentenceStart, i, line))
                || ((c is '.' or '!' or '?' or ';') && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
                || (sentenceStart >= 0 && i - sentenceStart >= MaxSentenceLength);
            if (boundary)
            {
                lastWordEnd = Math.Max(lastWordEnd, i + 1);
                Flush(o, words, ref sentenceStart, sentenceLine, i + 1);
            }

            i++;
        }

        Flush(o, words, ref sentenceStart, sentenceLine, Math.Max(lastWordEnd, 0));
        o.StaticWordCount = staticWords;
    }

    private const byte AsciiLetter = 1, AsciiUpper = 2, AsciiDigit = 4;

    private static readonly byte[] AsciiShapes = BuildAsciiShapes();

    private static byte[] BuildAsciiShapes()
    {
        var shapes = new byte[0x80];
        for (char c = '\0'; c < 0x80; c++)
        {
            shapes[c] = (byte)((char.IsLetter(c) ? AsciiLetter : 0) | (char.IsUpper(c) ? AsciiUpper : 0) | (char.IsDigit(c) ? AsciiDigit : 0));
        }

        return shapes;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '_' or '.' or '/' or '#' or '+';

    private static void Begin(ref int sentenceStart, ref int sentenceLine, int at, int line)
    {
        if (sentenceStart < 0)
        {
            sentenceStart = at;
            sentenceLine = line;
        }
    }

    private static void Flush(MessageOutline o, List<Word> words, ref int sentenceStart, int line, int end)
    {
        if (sentenceStart >= 0 && words.Count > 0)
        {
            o.Sentences.Add(new Sentence(TextSpan.FromBounds(sentenceStart, Math.Max(end, words[words.Count - 1].Span.End)), line, words.ToArray()));
        }

        words.Clear();
        sentenceStart = -1;
    }

    private static bool ClauseBreakBetween(string text, int previousEnd, int start, int sentenceStart)
    {
        if (previousEnd < 0 || previousEnd < sentenceStart)
        {
            return true;
        }

        for (int i = previousEnd; i < start; i++)
        {
            if (text[i] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '\u2014' or '\u2013' or '\n' or '.' or '!' or '?' || (text[i] == '-' && i + 1 < start && text[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLineBreakBoundary(MessageOutline o, string text, int sentenceStart, int newline, int line)
    {
        int before = newline - 1;
        while (before >= sentenceStart && (text[before] == ' ' || text[before] == '\t' || text[before] == '\r'))
        {
            before--;
        }

        if (before < sentenceStart || text[before] is '.' or '!' or '?' or ':' or ';' or '>' or '|' or '`' or '}' or ']' or ')' or '"')
        {
            return true;
        }

        if (line + 1 >= o.Lines.Count)
        {
            return true;
        }

        Line next = o.Lines[line + 1];
        if (next.Kind != LineKind.Text || next.InFence || next.ContentStart >= next.Span.End)
        {
            return true;
        }

        char first = text[next.ContentStart];
        if (first is '<' or '>' or '{' or '"' or '[' || char.IsDigit(first))
        {
            return true;
        }

        // A short title-like line ("Rules", "Output format") ends where it ends.
        Line current = o.Lines[line];
        return current.Span.Length < 40 && char.IsUpper(first) && !char.IsLower(text[before]);
    }
}
