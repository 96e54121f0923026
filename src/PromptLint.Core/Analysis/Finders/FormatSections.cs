using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

/// <summary>
/// Format signals that span lines rather than one sentence: a directive that introduces a list of labeled fields, and
/// the guard that keeps a format title whose section only sets the tone from counting as a format.
/// </summary>
internal static class FormatSections
{
    /// <summary>Verbs whose object is the answer or a part of it: "For each issue, provide:", "Report:".</summary>
    private static readonly HashSet<string> AnswerVerbs = new(System.StringComparer.Ordinal)
    {
        "provide", "return", "output", "respond", "reply", "give", "report", "include", "produce", "emit", "present", "format", "structure",
    };

    /// <summary>"Provide guidance on:", "Give feedback about:": a list of topics to cover, not the answer's fields.</summary>
    private static readonly HashSet<string> TopicPrepositions = new(System.StringComparer.Ordinal)
    {
        "on", "about", "regarding", "for", "of", "into", "to", "around", "concerning", "with",
    };

    private static readonly HashSet<string> CopularVerbs = new(System.StringComparer.Ordinal) { "be", "stay", "remain", "sound", "keep" };

    /// <summary>Tone, voice and markup: what the answer sounds or renders like, not its shape.</summary>
    private static readonly HashSet<string> ToneNouns = new(System.StringComparer.Ordinal)
    {
        "markdown", "formatting", "tone", "voice", "style", "language", "register", "emoji", "emojis", "manner", "wording",
    };

    /// <summary>
    /// "For each issue found, provide:" followed by "- **Location**: …", "- **Problem**: …": a directive about the answer
    /// that ends in a colon and introduces at least two list items that are each a labeled field. Returns the
    /// directive's line, or -1.
    /// </summary>
    public static int LabeledFieldList(MessageOutline o)
    {
        foreach (FieldList list in FieldLists(o))
        {
            return list.Directive;
        }

        return -1;
    }

    /// <summary>A directive line and the list of labeled fields it introduces (lines <see cref="First"/>..<see cref="Last"/>).</summary>
    internal readonly record struct FieldList(int Directive, int First, int Last)
    {
        public bool Holds(int line) => line >= First && line <= Last;
    }

    /// <summary>Every directive-introduced list of labeled fields; their labels describe the answer's parts, not an example.</summary>
    public static IEnumerable<FieldList> FieldLists(MessageOutline o)
    {
        foreach (Sentence sentence in o.Sentences)
        {
            if (!EndsWithColon(o, sentence) || !DirectsTheAnswer(sentence.Words))
            {
                continue;
            }

            int directive = o.LineAt(sentence.Span.End - 1);
            if (LabeledItemsAfter(o, directive, out int first, out int last) >= 2)
            {
                yield return new FieldList(directive, first, last);
            }
        }
    }

    /// <summary>
    /// 'Produce the description with a "## Summary" and a "## Testing" section.': a directive about the answer that quotes
    /// a Markdown heading names a part the answer must have. Returns the sentence's line, or -1.
    /// </summary>
    public static int QuotedHeadingPart(MessageOutline o, ExampleRegions examples)
    {
        foreach (Sentence sentence in o.Sentences)
        {
            if (!examples.Holds(sentence) && QuotesAHeading(o.Slice(sentence.Span)) && HasAnswerDirective(sentence.Words))
            {
                return sentence.Line;
            }
        }

        return -1;
    }

    private static bool QuotesAHeading(string text)
    {
        for (int i = 0; i + 3 < text.Length; i++)
        {
            if (text[i] is '"' or '\'' or '`' or '\u201C')
            {
                int k = i + 1;
                while (k < text.Length && k - i <= 4 && text[k] == '#')
                {
                    k++;
                }

                if (k > i + 1 && k + 1 < text.Length && text[k] == ' ' && char.IsLetter(text[k + 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAnswerDirective(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if ((w[i].Has(WordKind.OutputVerb) || w[i].Has(WordKind.OutputNoun) || AnswerVerbs.Contains(w[i].Text)) && !Vocabulary.IsNegated(w, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Markdown fence that lays out a document (at least two headings) right after a line that introduces it with a
    /// colon and a directive ("Create the spec with the following content:", "Each ADR must look like this:"): the
    /// skeleton of what the model writes.
    /// </summary>
    public static bool IsDocumentSkeleton(MessageOutline o, Fence fence)
    {
        if (fence.Info is not ("markdown" or "md" or "") || !IntroducedByDirective(o, fence.StartLine))
        {
            return false;
        }

        int headings = 0;
        for (int l = fence.StartLine + 1; l < fence.EndLine && l < o.Lines.Count; l++)
        {
            string text = o.LineText(l).TrimStart();
            int hashes = 0;
            while (hashes < text.Length && text[hashes] == '#')
            {
                hashes++;
            }

            headings += hashes is > 0 and <= 4 && hashes < text.Length && text[hashes] == ' ' ? 1 : 0;
        }

        return headings >= 2;
    }

    private static readonly HashSet<string> IntroducingWords = new(System.StringComparer.Ordinal)
    {
        "should", "must", "will", "following", "like", "template", "format", "structure", "layout", "skeleton",
    };

    private static bool IntroducedByDirective(MessageOutline o, int fenceLine)
    {
        for (int l = fenceLine - 1; l >= 0 && l >= fenceLine - 2; l--)
        {
            if (o.Lines[l].Kind == LineKind.Blank)
            {
                continue;
            }

            string text = o.LineText(l).TrimEnd();
            if (!text.EndsWith(":", System.StringComparison.Ordinal))
            {
                return false;
            }

            foreach (Sentence sentence in o.Sentences)
            {
                if (o.LineAt(sentence.Span.Start) == l && IntroducesTheAnswer(sentence.Words))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static bool IntroducesTheAnswer(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (((w[i].Has(WordKind.OutputVerb) && w[i].Text is not ("use" or "using")) || w[i].Has(WordKind.OutputNoun) || IntroducingWords.Contains(w[i].Text))
                && !Vocabulary.IsNegated(w, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A section under a format title ("## Output Format", <c>&lt;output-format&gt;</c>) that holds only prose with no
    /// shape in it: no list, table, fence, sub-heading or labeled line, and no sentence naming a format, a unit, a
    /// count or a literal. "Be friendly and concise. Use Markdown." sets a tone, which the definition does not count.
    /// </summary>
    public static bool IsToneOnly(MessageOutline o, TextSpan body)
    {
        if (o.Slice(body).Trim().Length == 0)
        {
            return false;
        }

        for (int l = o.LineAt(body.Start); l < o.Lines.Count && o.Lines[l].Span.Start < body.End; l++)
        {
            Line line = o.Lines[l];
            if (line.Kind != LineKind.Blank && (line.Kind != LineKind.Text || line.InFence || line.TemplateOnly || o.LabelAt(l) is not null))
            {
                return false;
            }
        }

        if (o.HasTemplateTag(body))
        {
            return false; // the content arrives at run time: it may well name a shape
        }

        int sentences = 0;
        foreach (Sentence sentence in o.Sentences)
        {
            if (sentence.Span.End > body.Start && sentence.Span.Start < body.End)
            {
                Word[] words = WordsWithin(sentence.Words, body);
                if (words.Length == 0)
                {
                    continue;
                }

                sentences++;
                if (HasShapeWord(words) || !SetsTone(words))
                {
                    return false;
                }
            }
        }

        return sentences > 0;
    }

    /// <summary>The text under a heading, up to its section's end.</summary>
    public static TextSpan SectionBody(MessageOutline o, Heading heading)
    {
        int first = heading.Line + 1, last = System.Math.Min(heading.SectionEnd, o.Lines.Count) - 1;
        return first > last ? new TextSpan(heading.Span.End, 0) : TextSpan.FromBounds(o.Lines[first].Span.Start, o.Lines[last].Span.End);
    }

    /// <summary>
    /// The text a title line ("## Output Format", "Output format:") introduces: its section when it is a heading,
    /// otherwise the paragraph after it.
    /// </summary>
    public static TextSpan BodyAfterTitle(MessageOutline o, int line)
    {
        foreach (Heading heading in o.Headings)
        {
            if (heading.Line == line)
            {
                return SectionBody(o, heading);
            }
        }

        int first = line + 1, last = line;
        for (int l = first; l < o.Lines.Count && o.Lines[l].Kind != LineKind.Heading && o.LabelAt(l) is null; l++)
        {
            if (o.Lines[l].Kind == LineKind.Blank && last > line)
            {
                break;
            }

            last = l;
        }

        return last < first ? new TextSpan(o.Lines[line].Span.End, 0) : TextSpan.FromBounds(o.Lines[first].Span.Start, o.Lines[last].Span.End);
    }

    /// <summary>
    /// "Be friendly and concise.", "Keep it light.", "Use Markdown.", "Write in a warm tone.": a copular imperative or a
    /// sentence about tone, voice or markup, which the definition does not count as a shape. Anything else under a format
    /// title ("Start with an overview, then the plan") may describe a structure in prose, so it keeps the title's evidence.
    /// </summary>
    private static bool SetsTone(Word[] w)
    {
        int first = 0;
        while (first < w.Length && w[first].Text is "please" or "always" or "just")
        {
            first++;
        }

        if (first < w.Length && CopularVerbs.Contains(w[first].Text))
        {
            return true;
        }

        foreach (Word word in w)
        {
            if (ToneNouns.Contains(word.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a sentence inside <paramref name="body"/>: an inline element's tag is not part of its content.</summary>
    private static Word[] WordsWithin(Word[] words, TextSpan body)
    {
        var inside = new List<Word>(words.Length);
        foreach (Word word in words)
        {
            if (word.Span.Start >= body.Start && word.Span.End <= body.End)
            {
                inside.Add(word);
            }
        }

        return inside.Count == words.Length ? words : inside.ToArray();
    }

    private static bool HasShapeWord(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (w[i].Has(WordKind.FormatNoun) || w[i].Has(WordKind.Unit) || w[i].Has(WordKind.CountWord)
                || w[i].Is(WordFlags.Quoted) || w[i].Is(WordFlags.Number) || w[i].Is(WordFlags.TemplateTag))
            {
                return true;
            }
        }

        return FormatFinder.Find(w) is not null;
    }

    /// <summary>"provide:", "**Include:**", "provide**:**": the sentence's last mark, emphasis aside, is a colon.</summary>
    private static bool EndsWithColon(MessageOutline o, Sentence sentence)
    {
        int end = sentence.Span.End;
        while (end < o.Text.Length && o.Text[end] is '*' or '_' or ' ' or '\t')
        {
            end++;
        }

        if (end < o.Text.Length && o.Text[end] == ':')
        {
            return true;
        }

        int last = sentence.Span.End - 1;
        while (last > sentence.Span.Start && (char.IsWhiteSpace(o.Text[last]) || o.Text[last] is '*' or '_'))
        {
            last--;
        }

        return o.Text[last] == ':';
    }

    /// <summary>An imperative answer verb, or an answer noun as the subject ("Your review should include:"), not negated.</summary>
    private static bool DirectsTheAnswer(Word[] w)
    {
        if (w.Length == 0 || w.IsAny(w.Length - 1, TopicPrepositions))
        {
            return false;
        }

        for (int i = 0; i < w.Length; i++)
        {
            bool imperative = AnswerVerbs.Contains(w[i].Text) && (i == 0 || w[i].Is(WordFlags.ClauseStart) || w.Is(i - 1, "then") || w.Is(i - 1, "please") || w.Is(i - 1, "always"));
            // "Your response should include:", "Your review must contain:": what the model writes is the subject.
            bool answerSubject = (w.Is(i - 1, "your") || w[i].Has(WordKind.OutputNoun) && (w.Is(i - 1, "the") || w.Is(i - 1, "each")))
                && (w.Is(i + 1, "should") || w.Is(i + 1, "must") || w.Is(i + 1, "will") || w.Is(i + 1, "includes") || w.Is(i + 1, "contains"));
            if ((imperative || answerSubject) && !Vocabulary.IsNegated(w, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many list items directly after <paramref name="line"/> (blank lines skipped) are labeled fields.</summary>
    private static int LabeledItemsAfter(MessageOutline o, int line, out int first, out int last)
    {
        int labeled = 0, items = 0;
        first = last = -1;
        for (int l = line + 1; l < o.Lines.Count; l++)
        {
            LineKind kind = o.Lines[l].Kind;
            if (kind == LineKind.Blank && items == 0)
            {
                continue;
            }

            if (kind != LineKind.ListItem)
            {
                break;
            }

            items++;
            first = first < 0 ? l : first;
            last = l;
            if (o.LabelAt(l) is { Style: LabelStyle.Colon, ValueIsEmpty: false } label && label.Label.Split(' ').Length <= 4)
            {
                labeled++;
            }
        }

        return labeled * 2 >= items ? labeled : 0;
    }
}
