using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Analysis.Outline;

/// <summary>
/// The structure of one message, computed once: lines, headings and their sections, list items, fenced blocks,
/// XML-ish elements, labeled lines, separators, template tags (from the reader's scan) and sentences with their
/// lower-cased words. Finders read this; none of them re-scans the text or writes to it (what one finder
/// hands another, such as the example regions, is passed as a value).
/// </summary>
internal sealed class MessageOutline
{
    internal MessageOutline(PromptMessage message, bool isInstruction, bool isFinalUserTurn)
    {
        Message = message;
        IsInstruction = isInstruction;
        IsFinalUserTurn = isFinalUserTurn;
    }

    public PromptMessage Message { get; }

    public string Text => Message.Text;

    /// <summary>A system/developer message, or the text of a template without roles.</summary>
    public bool IsInstruction { get; }

    public bool IsFinalUserTurn { get; }

    public List<Line> Lines { get; } = new();

    public List<Heading> Headings { get; } = new();

    public List<int> ListItems { get; } = new();

    public List<Fence> Fences { get; } = new();

    public List<Element> Elements { get; } = new();

    public List<LabeledLine> Labels { get; } = new();

    public List<int> Separators { get; } = new();

    /// <summary>Template tags inside the message, sorted, in message coordinates.</summary>
    public List<TextSpan> TemplateTags { get; } = new();

    /// <summary>The reader's expression behind each of <see cref="TemplateTags"/>, at the same index (source spans, names, kind).</summary>
    public List<TemplateExpression> TagExpressions { get; } = new();

    public List<Sentence> Sentences { get; } = new();

    /// <summary>Words outside template tags.</summary>
    public int StaticWordCount { get; internal set; }

    /// <summary>The index of the line holding <paramref name="offset"/> (binary search).</summary>
    public int LineAt(int offset)
    {
        int lo = 0, hi = Lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Lines[mid].Span.Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>For each line, the index into <see cref="Headings"/> of the innermost section holding it, or -1.</summary>
    internal int[] SectionOfLine { get; set; } = System.Array.Empty<int>();

    /// <summary>The innermost heading whose section holds <paramref name="line"/>, or null.</summary>
    public Heading? SectionOf(int line) =>
        line >= 0 && line < SectionOfLine.Length && SectionOfLine[line] >= 0 ? Headings[SectionOfLine[line]] : null;

    /// <summary>The labeled line on <paramref name="line"/>, or null.</summary>
    public LabeledLine? LabelAt(int line)
    {
        int k = FirstLabelFrom(line);
        return k < Labels.Count && Labels[k].Line == line ? Labels[k] : null;
    }

    /// <summary>The labeled lines whose line starts inside <paramref name="span"/>.</summary>
    public IEnumerable<LabeledLine> LabelsIn(TextSpan span)
    {
        for (int k = FirstLabelFrom(LineAt(span.Start)); k < Labels.Count; k++)
        {
            int start = Lines[Labels[k].Line].Span.Start;
            if (start >= span.End)
            {
                yield break;
            }

            if (start >= span.Start)
            {
                yield return Labels[k];
            }
        }
    }

    /// <summary>The elements that start inside <paramref name="span"/> (elements are sorted by start).</summary>
    public IEnumerable<Element> ElementsIn(TextSpan span)
    {
        int lo = 0, hi = Elements.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Elements[mid].Whole.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo; k < Elements.Count && Elements[k].Whole.Start < span.End; k++)
        {
            yield return Elements[k];
        }
    }

    public TextSpan? TagStartingAt(int offset)
    {
        int k = FirstTagEndingAfter(offset);
        return k < TemplateTags.Count && TemplateTags[k].Start == offset ? TemplateTags[k] : null;
    }

    private int FirstLabelFrom(int line)
    {
        int lo = 0, hi = Labels.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Labels[mid].Line < line)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public string LineText(int line)
    {
        TextSpan s = Lines[line].Span;
        return Text.Substring(s.Start, s.Length);
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Whether the span holds a letter or digit outside template tags.</summary>
    public bool HasStaticText(TextSpan span)
    {
        int tag = FirstTagEndingAfter(span.Start);
        for (int i = span.Start; i < span.End && i < Text.Length; i++)
        {
            while (tag < TemplateTags.Count && TemplateTags[tag].End <= i)
            {
                tag++;
            }

            if (tag < TemplateTags.Count && TemplateTags[tag].Contains(i))
            {
                i = TemplateTags[tag].End - 1;
                continue;
            }

            if (char.IsLetterOrDigit(Text[i]))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasTemplateTag(TextSpan span)
    {
        int tag = FirstTagEndingAfter(span.Start);
        return tag < TemplateTags.Count && TemplateTags[tag].Start < span.End;
    }

    private int FirstTagEndingAfter(int offset)
    {
        int lo = 0, hi = TemplateTags.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (TemplateTags[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
