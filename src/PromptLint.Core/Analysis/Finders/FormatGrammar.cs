using System.Collections.Generic;
using PromptLint.Analysis.Outline;

namespace PromptLint.Analysis.Finders;

/// <summary>
/// Format signals recognised by the grammar of a directive rather than by its wording: each row is an id, the kind of
/// evidence it gives and a match over one sentence's classed words. <see cref="FormatFinder"/> asks these rows after its
/// phrase signals; tests assert which row fired for each example (<c>FormatGrammarTests</c>).
/// </summary>
internal static class FormatGrammar
{
    internal sealed record Row(string Id, FormatKind Kind, System.Func<Word[], bool> Matches);

    /// <summary>Subjects that are parts of the answer's structure: "All sections should be …", "Each bullet must …".</summary>
    private static readonly HashSet<string> StructuralSubjects = new(System.StringComparer.Ordinal)
    {
        "section", "sections", "subsection", "subsections", "heading", "headings", "bullet", "bullets", "paragraph", "paragraphs",
        "column", "columns", "row", "rows",
    };

    private static readonly HashSet<string> PartNouns = new(System.StringComparer.Ordinal)
    {
        "part", "parts", "section", "sections", "field", "fields", "heading", "headings", "key", "keys", "column", "columns",
    };

    private static readonly HashSet<string> CountedUnits = new(System.StringComparer.Ordinal)
    {
        "sentence", "sentences", "paragraph", "paragraphs", "line", "lines", "bullet", "bullets", "word", "words", "tweet", "haiku",
        "stanza", "stanzas", "part", "parts", "section", "sections",
    };

    private static readonly HashSet<string> Counts = new(System.StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "single",
    };

    /// <summary>"in a few words", "in a couple of lines": a vague amount is tone, not a counted length.</summary>
    private static readonly HashSet<string> VagueAmounts = new(System.StringComparer.Ordinal) { "few", "couple", "several", "many", "some", "more" };

    private static readonly HashSet<string> Modals = new(System.StringComparer.Ordinal) { "should", "must", "shall", "will", "need" };

    private static readonly HashSet<string> ShapePrepositions = new(System.StringComparer.Ordinal) { "in", "into", "as" };

    public static IReadOnlyList<Row> Rows { get; } = new[]
    {
        // "Please put it into a markdown table.", "Arrange the findings as a numbered list.": an imperative whose result is a shape.
        new Row("imperative-into-shape", FormatKind.NamedFormat, ImperativeIntoShape),
        // "All sections should be Heading level 1.", "Each bullet must start with a verb.": a modal rule over the answer's parts.
        new Row("structure-modal", FormatKind.Fields, StructureModal),
        // "Always return a "SOURCES" part in your answer.", "Include a Risks section in the report.": a named part of the answer.
        new Row("part-of-the-answer", FormatKind.Fields, PartOfTheAnswer),
        // "Your outputs are limited to "[STOP]" or "[CONTINUE]".", "The answer must be "yes" or "no".": the answer is a literal.
        new Row("answer-is-a-literal", FormatKind.LabelSet, AnswerIsALiteral),
        // "Describe this image in a detailed paragraph.", "Reply in two short sentences.": a directive counted in units.
        new Row("directive-in-counted-units", FormatKind.StructuralLength, DirectiveInCountedUnits),
        // "Finish with a summary table.", "Start with a one-line verdict.": the answer opens or closes with a shaped part.
        new Row("opens-or-closes-with-a-shape", FormatKind.ResponseTemplate, OpensOrClosesWithAShape),
        // "Wrap your final answer in <answer></answer> tags.", "Enclose the command in backticks.": delimiters around the answer.
        new Row("wrapped-in-delimiters", FormatKind.NamedFormat, WrappedInDelimiters),
        // "Your only output is a call to the submit_review tool.": the answer is a tool call.
        new Row("answer-is-a-tool-call", FormatKind.OnlyTheAnswer, AnswerIsAToolCall),
        // "Document each decision using the ADR format.", "Cite sources in APA format.": a format known by its name.
        new Row("named-format", FormatKind.ResponseTemplate, NamedFormat),
        // "Structure the response as: Context, Options, Decision.", "Organize your answer into phases.": the answer is given a structure.
        new Row("structure-the-answer", FormatKind.Fields, StructureTheAnswer),
        // "Include a "Next Steps" section at the end.", "Always add a Risks section.": a named part the answer must have.
        new Row("include-a-named-part", FormatKind.Fields, IncludeANamedPart),
    };

    private static readonly HashSet<string> StructuringVerbs = new(System.StringComparer.Ordinal) { "structure", "organize", "organise", "arrange", "divide", "split" };

    private static readonly HashSet<string> SequenceVerbs = new(System.StringComparer.Ordinal)
    {
        "start", "begin", "open", "end", "finish", "close", "conclude", "wrap",
    };

    private static readonly HashSet<string> Delimiters = new(System.StringComparer.Ordinal)
    {
        "tag", "tags", "backticks", "backtick", "quotes", "brackets", "braces", "fence", "fences", "delimiters", "block",
    };

    private static readonly HashSet<string> EnclosingVerbs = new(System.StringComparer.Ordinal) { "wrap", "enclose", "surround", "put", "place" };

    /// <summary>The first row that matches the sentence, or null.</summary>
    public static Row? Match(Word[] w)
    {
        foreach (Row row in Rows)
        {
            if (row.Matches(w))
            {
                return row;
            }
        }

        return null;
    }

    private static bool ImperativeIntoShape(Word[] w)
    {
        int start = w.Length > 0 && w[0].Text == "please" ? 1 : 0;
        if (start >= w.Length || !Imperative(w, start))
        {
            return false;
        }

        for (int i = start + 1; i < w.Length - 1; i++)
        {
            if (w[i].Is(WordFlags.ClauseStart) && !ShapePrepositions.Contains(w[i].Text))
            {
                return false; // the shape belongs to the first clause, the one the verb governs
            }

            if (ShapePrepositions.Contains(w[i].Text) && !Vocabulary.IsNegated(w, i) && (ShapeNounWithin(w, i + 1, 3) || NewListWithin(w, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Imperative(Word[] w, int i) =>
        !w[i].Is(WordFlags.TemplateTag) && !w[i].Is(WordFlags.Number) && !Vocabulary.IsClosedClass(w[i].Text)
        && !w[i].Has(WordKind.Negation) && (i > 0 || w[i].Is(WordFlags.Capitalized));

    private static bool ShapeNounWithin(Word[] w, int from, int span)
    {
        for (int k = from; k < w.Length && k <= from + span; k++)
        {
            FormatNoun noun = Vocabulary.FormatNounOf(w[k].Text);
            if (noun is FormatNoun.DataFormat or FormatNoun.Table or FormatNoun.List or FormatNoun.Structure)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "as a prioritized list", "into a short list": after "a"/"an" the word "list" is a noun the answer takes the shape
    /// of; "in the list" is the input's list, not a shape.
    /// </summary>
    private static bool NewListWithin(Word[] w, int article)
    {
        if (!(w.Is(article, "a") || w.Is(article, "an")))
        {
            return false;
        }

        for (int k = article + 1; k < w.Length && k <= article + 3; k++)
        {
            if (w[k].Text is "list" or "lists")
            {
                return true;
            }
        }

        return false;
    }

    private static bool PartOfTheAnswer(Word[] w)
    {
        for (int i = 0; i < w.Length - 3; i++)
        {
            if (PartNouns.Contains(w[i].Text) && !Vocabulary.IsNegated(w, i)
                && (w.Is(i + 1, "in") || w.Is(i + 1, "to")) && (w.Is(i + 2, "your") || w.Is(i + 2, "the") || w.Is(i + 2, "each"))
                && (Vocabulary.OutputNouns.Contains(w[i + 3].Text) || w[i + 3].Text is "report" or "summary"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnswerIsALiteral(Word[] w)
    {
        for (int i = 0; i < w.Length - 2; i++)
        {
            bool modelsAnswer = w.Is(i - 1, "your") || w.Is(i - 1, "the") || w.Is(i - 1, "final") || w.Is(i - 1, "each");
            if (!modelsAnswer || !Vocabulary.OutputNouns.Contains(w[i].Text) || w[i].Is(WordFlags.Quoted) || !(w.Is(i + 1, "is") || w.Is(i + 1, "are") || Modals.Contains(w[i + 1].Text)))
            {
                continue;
            }

            for (int k = i + 2; k < w.Length && k <= i + 5; k++)
            {
                if (w[k].Is(WordFlags.Quoted) && !Vocabulary.IsNegated(w, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool DirectiveInCountedUnits(Word[] w)
    {
        int start = w.Length > 0 && w[0].Text == "please" ? 1 : 0;
        bool directive = start < w.Length && Imperative(w, start);
        for (int i = start; i < w.Length - 2 && directive; i++)
        {
            if (w[i].Text is "in" or "as" or "with" && Counts.Contains(w[i + 1].Text) && !Vocabulary.IsNegated(w, i))
            {
                for (int k = i + 2; k < w.Length && k <= i + 4 && !VagueAmounts.Contains(w[k].Text); k++)
                {
                    if (CountedUnits.Contains(w[k].Text))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool OpensOrClosesWithAShape(Word[] w)
    {
        int start = w.Length > 0 && w[0].Text is "please" or "always" ? 1 : 0;
        if (start + 2 >= w.Length || !SequenceVerbs.Contains(w[start].Text) || !w.Is(start + 1, "with") || !Imperative(w, start))
        {
            return false;
        }

        for (int k = start + 2; k < w.Length && k <= start + 6; k++)
        {
            if (w[k].Is(WordFlags.ClauseStart) && k > start + 2)
            {
                return false;
            }

            if (w[k].Has(WordKind.FormatNoun) || CountedUnits.Contains(w[k].Text) || CountedUnits.Contains(AfterHyphen(w[k].Text)) || w[k].Is(WordFlags.Quoted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the imperative verb: the first word, or the one after "please" / "always".</summary>
    private static int ImperativeStart(Word[] w)
    {
        int start = 0;
        while (start < w.Length && w[start].Text is "please" or "always" or "also" or "then")
        {
            start++;
        }

        return start < w.Length && Imperative(w, start) ? start : -1;
    }

    private static bool NamedFormat(Word[] w)
    {
        if (ImperativeStart(w) < 0)
        {
            return false;
        }

        for (int i = 2; i < w.Length; i++)
        {
            if (w[i].Text == "format" && (w[i - 1].Is(WordFlags.Capitalized) || w[i - 1].Is(WordFlags.AllCaps)) && !w[i - 1].Is(WordFlags.ClauseStart)
                && w[i - 2].Text is "the" or "in" or "using" or "use" or "following" && !Vocabulary.IsNegated(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StructureTheAnswer(Word[] w)
    {
        int verb = ImperativeStart(w);
        if (verb < 0 || !StructuringVerbs.Contains(w[verb].Text))
        {
            return false;
        }

        for (int k = verb + 1; k < w.Length && k <= verb + 4; k++)
        {
            if ((w[k].Has(WordKind.OutputNoun) || w[k].Text is "it" or "report" or "summary" or "plan")
                && (w.Is(k + 1, "as") || w.Is(k + 1, "into") || w.Is(k + 1, "in") || w.Is(k + 1, "with") || (k + 1 < w.Length && w[k + 1].Is(WordFlags.ClauseStart))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IncludeANamedPart(Word[] w)
    {
        int verb = ImperativeStart(w);
        if (verb < 0 || w[verb].Text is not ("include" or "add" or "append" or "end") || !(w.Is(verb + 1, "a") || w.Is(verb + 1, "an")))
        {
            return false;
        }

        for (int k = verb + 3; k < w.Length && k <= verb + 6; k++)
        {
            if (w[k].Text is "section" or "heading" or "part" or "paragraph" && (w[k - 1].Is(WordFlags.Quoted) || w[k - 1].Is(WordFlags.Capitalized) || w[k - 1].Is(WordFlags.AllCaps)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"one-line" → "line", "three-paragraph" → "paragraph".</summary>
    private static string AfterHyphen(string word)
    {
        int dash = word.LastIndexOf('-');
        return dash > 0 ? word.Substring(dash + 1) : string.Empty;
    }

    private static bool WrappedInDelimiters(Word[] w)
    {
        int start = w.Length > 0 && w[0].Text is "please" or "always" ? 1 : 0;
        if (start >= w.Length || !EnclosingVerbs.Contains(w[start].Text) || !Imperative(w, start) || Vocabulary.IsNegated(w, start))
        {
            return false;
        }

        bool inside = false;
        for (int k = start + 1; k < w.Length; k++)
        {
            inside |= w[k].Text is "in" or "inside" or "between" or "within" or "with";
            if (inside && Delimiters.Contains(w[k].Text) && !(w[k].Text == "block" && !w.Is(k - 1, "code")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnswerIsAToolCall(Word[] w)
    {
        bool answer = false, only = false, call = false;
        for (int k = 0; k < w.Length; k++)
        {
            answer |= w[k].Has(WordKind.OutputNoun) || w[k].Has(WordKind.OutputVerb);
            only |= w[k].Text is "only" or "solely" or "exclusively";
            call |= w[k].Text is "call" or "calls" or "calling" or "invoke" or "invoking" && (w.Is(k + 1, "the") || w.Is(k + 1, "a") || w.Is(k + 1, "to"))
                && ToolWithin(w, k + 1);
        }

        return answer && only && call && !Vocabulary.IsNegated(w, w.Length - 1);
    }

    private static bool ToolWithin(Word[] w, int from)
    {
        for (int k = from; k < w.Length && k <= from + 4; k++)
        {
            if (w[k].Text is "tool" or "function")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading that names the answer's structure: an answer noun with a structure noun ("Output Sections", "Report Structure").</summary>
    public static bool IsAnswerStructureTitle(string title)
    {
        bool answer = false, structure = false;
        foreach (string word in title.Split(' '))
        {
            answer |= Vocabulary.OutputNouns.Contains(word) || word is "report";
            structure |= PartNouns.Contains(word) || word is "structure" or "format" or "template" or "layout" or "skeleton" or "schema";
        }

        return answer && structure;
    }

    private static bool StructureModal(Word[] w)
    {
        for (int i = 0; i < w.Length - 1 && i <= 2; i++)
        {
            if (StructuralSubjects.Contains(w[i].Text) && Modals.Contains(w[i + 1].Text) && !Vocabulary.IsNegated(w, i + 2))
            {
                return true;
            }
        }

        return false;
    }
}
