using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

internal enum FormatKind
{
    /// <summary>A data format or structure asked for the answer: "respond in JSON", "use a markdown table", "as a numbered list".</summary>
    NamedFormat,
    /// <summary>"Respond with only …", "output code only", "nothing else", "without any other words".</summary>
    OnlyTheAnswer,
    /// <summary>"In one sentence", "under 50 words", "exactly one joke", "{{$length}} sentences".</summary>
    StructuralLength,
    /// <summary>A closed set of answers: "respond with Unknown if …", "one of the following", "use 'true' and 'false' as verdict".</summary>
    LabelSet,
    /// <summary>A score range for the answer: "an integer between 1 and 5", "on a scale from 1 to 5".</summary>
    Scale,
    /// <summary>A response template: "follow the format:", "as follows", an Output Format section, a table skeleton.</summary>
    ResponseTemplate,
    /// <summary>Named fields or sections: "with the keys …", "include the fields …".</summary>
    Fields,
    /// <summary>Code or a query as the whole answer: "return the output as a query", "in a code block".</summary>
    CodeOutput,
    /// <summary>A trailing answer slot that names the answer's kind: <c>Answer:</c>, <c>JSON:</c>, <c>SQL:</c>.</summary>
    CompletionCue,
}

internal readonly record struct FormatEvidence(FormatKind Kind, TextSpan Span);

/// <summary>
/// Finds what an instruction says about the answer's shape, sentence by sentence over the outline's words. A negated
/// format ("do not use bullet points") neither satisfies the rule nor cancels another one; "use Markdown" alone and tone
/// words do not count; sentences that describe the input ("The input is CSV …") and worked examples are skipped.
/// </summary>
internal static class FormatFinder
{
    private static readonly HashSet<string> InputSubjects = Set(
        "input", "inputs", "user", "users", "customer", "data", "dataset", "file", "files", "log", "logs", "document", "documents", "payload",
        "request", "row", "rows", "record", "records", "message", "messages", "snippet", "text", "excerpt", "context", "conversation",
        "transcript", "question", "questions", "history", "source");

    private static readonly HashSet<string> InputVerbs = Set(
        "is", "are", "will", "may", "might", "can", "contains", "contain", "has", "have", "comes", "come", "looks", "arrives", "includes", "consists", "was", "were");

    private static readonly HashSet<string> InputMarkers = Set("given", "provided", "attached", "input", "inputs", "following", "below", "above", "supplied", "retrieved");

    private static readonly HashSet<string> TemplateNouns = Set("format", "template", "structure", "schema", "layout", "form", "skeleton", "shape");

    private static readonly HashSet<string> TemplateDeterminers = Set("following", "this", "these", "below", "same", "exact", "specified", "above", "given");

    private static readonly HashSet<string> FollowVerbs = Set("follow", "follows", "use", "match", "adhere", "conform", "in", "respond", "answer", "output", "return", "write", "reply");

    private static readonly HashSet<string> FieldNouns = Set("keys", "fields", "properties", "attributes", "columns", "sections", "headings", "headers", "subheadings");

    private static readonly HashSet<string> FieldVerbs = Set("with", "containing", "contain", "contains", "include", "includes", "including", "has", "having", "following");

    private static readonly HashSet<string> ExtraNouns = Set(
        "text", "words", "word", "prose", "commentary", "explanation", "explanations", "output", "content", "information", "details",
        "sentences", "characters", "preamble", "reasoning", "elaboration", "justification", "comments", "notes", "remarks");

    private static readonly HashSet<string> ExtraModifiers = Set("other", "additional", "extra", "further", "more", "surrounding", "accompanying", "any", "introductory", "explanatory");

    private static readonly HashSet<string> NotAnswerScope = Set(
        "if", "when", "to", "about", "for", "questions", "question", "in", "on", "after", "once", "using", "based", "from", "where", "use", "what", "that", "this", "those");

    private static readonly HashSet<string> ScaleCues = Set("score", "scores", "rate", "rating", "ratings", "grade", "integer", "number", "value", "scale", "stars", "likert", "points", "range");

    private static readonly HashSet<string> Choosers = Set("respond", "reply", "answer", "return", "output", "choose", "choosing", "pick", "select", "classify", "categorize", "categorise", "label", "be", "sort", "bucket");

    private static readonly HashSet<string> LiteralVerbs = Set("respond", "reply", "answer", "return", "output", "say", "write", "print", "give", "classify", "label", "mark", "verdict");

    private static readonly HashSet<string> AfterLiteral = Set("if", "when", "otherwise", "or", "for", "and", "else", "in");

    private static readonly HashSet<string> SetNouns = Set(
        "labels", "values", "categories", "answers", "outputs", "responses", "options", "classes", "intents", "verdicts", "choices", "ratings", "scores", "types");

    private static readonly HashSet<string> TemplateTitles = Set(
        "output format", "response format", "format", "answer format", "output structure", "response structure", "response template",
        "output template", "output schema", "json schema", "output fields", "evaluation form", "required format", "expected format",
        "format instructions", "layout", "response layout", "output layout", "answer layout", "structure", "response shape", "response formatting", "output formatting", "return format", "reply format");

    private static readonly HashSet<string> FormatElements = Set(
        "output_format", "output-format", "response_format", "response-format", "format", "output_schema", "json_schema", "schema", "response_template", "output_template");

    private static readonly HashSet<string> CueLabels = Set("json", "sql", "query", "sql query", "code", "yaml", "xml", "csv", "python", "regex", "json output");

    /// <summary>The first format signal of one message; <paramref name="finalSlot"/> is the template's final answer slot when it is in this message.</summary>
    public static FormatEvidence? Find(MessageOutline outline, ExampleRegions examples, LabeledLine? finalSlot)
    {
        foreach (Heading heading in outline.Headings)
        {
            if ((TemplateTitles.Contains(heading.Title) || FormatGrammar.IsAnswerStructureTitle(heading.Title)) && !examples.Contains(heading.Span.Start))
            {
                return new FormatEvidence(FormatKind.ResponseTemplate, heading.Span);
            }
        }

        foreach (LabeledLine label in outline.Labels)
        {
            if (TemplateTitles.Contains(label.Label) && label.ValueIsEmpty && label.Style != LabelStyle.TemplatedSpeaker)
            {
                return new FormatEvidence(FormatKind.ResponseTemplate, outline.Lines[label.Line].Span);
            }
        }

        foreach (Element element in outline.Elements)
        {
            if (FormatElements.Contains(element.Name) && outline.HasStaticText(element.Body) && !examples.Contains(element.Whole.Start))
            {
                return new FormatEvidence(FormatKind.ResponseTemplate, element.Whole);
            }
        }

        foreach (Sentence sentence in outline.Sentences)
        {
            if (!examples.Holds(sentence) && Find(sentence.Words) is { } evidence)
            {
                return evidence;
            }
        }

        foreach (int l in TableSkeletonsAndDataFences(outline, examples))
        {
            return new FormatEvidence(FormatKind.ResponseTemplate, outline.Lines[l].Span);
        }

        if (finalSlot is not null && CueLabels.Contains(finalSlot.Label))
        {
            return new FormatEvidence(FormatKind.CompletionCue, outline.Lines[finalSlot.Line].Span);
        }

        return null;
    }

    private static IEnumerable<int> TableSkeletonsAndDataFences(MessageOutline o, ExampleRegions examples)
    {
        for (int l = 0; l < o.Lines.Count; l++)
        {
            Line line = o.Lines[l];
            if (line.Kind == LineKind.TableRow && !line.InFence && IsTableSeparator(o.Text, line) && !examples.Contains(line.Span.Start))
            {
                yield return l;
            }
        }

        foreach (Fence fence in o.Fences)
        {
            if (fence.Info is "json" or "jsonc" or "xml" or "yaml" or "csv" && fence.BodyIsStatic && PreviousLineAsksForOutput(o, fence.StartLine))
            {
                yield return fence.StartLine;
            }
        }
    }

    private static bool PreviousLineAsksForOutput(MessageOutline o, int line)
    {
        for (int l = line - 1; l >= 0 && l >= line - 3; l--)
        {
            if (o.Lines[l].Kind == LineKind.Blank)
            {
                continue;
            }

            foreach (string w in LowerWords(o.LineText(l)))
            {
                if (Vocabulary.OutputNouns.Contains(w) || (Vocabulary.OutputVerbs.Contains(w) && w is not ("use" or "using")) || TemplateNouns.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static IEnumerable<string> LowerWords(string line)
    {
        int start = -1;
        for (int i = 0; i <= line.Length; i++)
        {
            bool letter = i < line.Length && char.IsLetter(line[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return line.Substring(start, i - start).ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static bool IsTableSeparator(string text, Line line)
    {
        int dashes = 0, pipes = 0;
        for (int i = line.ContentStart; i < line.Span.End; i++)
        {
            char c = text[i];
            if (c == '-')
            {
                dashes++;
            }
            else if (c == '|')
            {
                pipes++;
            }
            else if (c is not (':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return dashes >= 3 && pipes >= 2;
    }

    /// <summary>The first format signal in one sentence, or null.</summary>
    internal static FormatEvidence? Find(Word[] w)
    {
        if (w.Length < 2)
        {
            return null;
        }

        int from = 0;
        if (w[0].Text == "given")
        {
            // "Given a CSV with columns a, b, reply …": the given-clause describes the input.
            from = 1;
            while (from < w.Length && !w[from].Is(WordFlags.ClauseStart))
            {
                from++;
            }
        }
        else if (DescribesInput(w))
        {
            return null;
        }

        bool outputCue = HasOutputCue(w, from);
        for (int i = from; i < w.Length; i++)
        {
            string t = w[i].Text;
            if (!IsTrigger(w[i]))
            {
                continue;
            }

            FormatKind? kind = Signal(w, i, from, outputCue);
            if (kind is { } k && !CannedReplyForOneSituation(w, k))
            {
                return new FormatEvidence(k, TextSpan.FromBounds(w[i].Span.Start, w[System.Math.Min(w.Length - 1, i + 2)].Span.End));
            }

            _ = t;
        }

        return FormatGrammar.Match(w) is { } row ? new FormatEvidence(row.Kind, TextSpan.FromBounds(w[0].Span.Start, w[w.Length - 1].Span.End)) : null;
    }

    /// <summary>
    /// "If you don't know the answer, just say that you don't know": a scripted reply for one situation, in a sentence that
    /// opens with its condition, does not shape the answers to the task.
    /// </summary>
    private static bool CannedReplyForOneSituation(Word[] w, FormatKind kind) =>
        kind is FormatKind.OnlyTheAnswer or FormatKind.LabelSet && w.Length > 0 && w[0].Text is "if" or "when" or "whenever" or "unless" or "should";

    private static FormatKind? Signal(Word[] w, int i, int from, bool outputCue)
    {
        string t = w[i].Text;

        // Exclusive phrases carry their own negation: "nothing else", "no other text", "without any explanation".
        if (t == "nothing" && (w.Is(i + 1, "else") || w.Is(i + 1, "but") || w.Is(i + 1, "more") || w.Is(i + 1, "other") || w.Is(i + 1, "except")))
        {
            return FormatKind.OnlyTheAnswer;
        }

        if (t is "no" or "without" && ExtraAfter(w, i + 1))
        {
            return FormatKind.OnlyTheAnswer;
        }

        if (t == "anything" && (w.Is(i + 1, "else") || w.Is(i + 1, "except") || w.Is(i + 1, "other")) && NegatedVerbBefore(w, i))
        {
            return FormatKind.OnlyTheAnswer;
        }

        if ((t is "explain" or "elaborate") && (w.Is(i - 1, "not") || w.Is(i - 1, "don't")) && ClauseEndsAfter(w, i, 2))
        {
            return FormatKind.OnlyTheAnswer;
        }

        if (t is "only" or "just" or "solely" or "exclusively")
        {
            if (OnlyTheAnswer(w, i))
            {
                return FormatKind.OnlyTheAnswer;
            }

            return null;
        }

        // "should not contain more than 20 words" limits the length; the negation belongs to the comparative.
        if (Vocabulary.IsCount(w[i]) && (w.Is(i - 1, "than") || w.Is(i - 1, "exceed")) && StructuralLength(w, i))
        {
            return FormatKind.StructuralLength;
        }

        if (Vocabulary.IsNegated(w, i))
        {
            return null;
        }

        FormatNoun noun = Vocabulary.FormatNounOf(t);
        if (t is "list" or "lists" && ListIsAsked(w, i))
        {
            return FormatKind.NamedFormat;
        }

        if (t is "points" && w.Is(i - 1, "bullet"))
        {
            noun = FormatNoun.List;
        }

        if (noun == FormatNoun.Structure && !((w.Is(i - 1, "a") || w.Is(i - 1, "an") || w.Is(i - 1, "single") || w.Is(i - 1, "one") || w.Is(i - 1, "valid") || w.Is(i - 1, "flat") || w.Is(i - 1, "nested")) && (IsAnswerVerb(w, i - 2) || IsAnswerVerb(w, i - 3) || w.Is(i - 2, "as") || w.Is(i - 2, "with"))))
        {
            noun = FormatNoun.None;
        }

        if (t == "into" && ChooserBefore(w, i) && !w.Is(i - 1, "it"))
        {
            return FormatKind.LabelSet;
        }

        if (noun is FormatNoun.DataFormat or FormatNoun.Table or FormatNoun.List or FormatNoun.Structure && outputCue && !AfterInputMarker(w, i))
        {
            return FormatKind.NamedFormat;
        }

        if (noun == FormatNoun.Code && w.Is(i - 1, "as") || (noun == FormatNoun.Code && (w.Is(i - 1, "a") || w.Is(i - 1, "the")) && w.Is(i - 2, "as")))
        {
            return outputCue ? FormatKind.CodeOutput : null;
        }

        if (t == "code" && w.Is(i + 1, "block") && (w.Is(i - 1, "in") || w.Is(i - 2, "in") || w.Is(i - 1, "inside") || w.Is(i - 2, "inside") || w.Is(i - 2, "wrapped")))
        {
            return FormatKind.CodeOutput;
        }

        // "follow the sphinx style", "follow the conventional-commit format": a named convention for the answer.
        if ((t is "style" or "convention" or "conventions" or "pattern") && !w.Is(i + 1, "guide") && !w.Is(i + 1, "of")
            && (w.Is(i - 2, "follow") || (w.Is(i - 3, "follow") && (w.Is(i - 2, "the") || w.Is(i - 2, "this")))))
        {
            return FormatKind.ResponseTemplate;
        }

        if (TemplateNouns.Contains(t) && IsTemplateReference(w, i))
        {
            return FormatKind.ResponseTemplate;
        }

        if ((t == "follows" && w.Is(i - 1, "as")) || (t is "so" or "this" or "below" && (w.Is(i - 1, "like") || w.Is(i - 1, "likes"))))
        {
            return outputCue || HasOutputVerbBefore(w, i) ? FormatKind.ResponseTemplate : null;
        }

        if (t == "followed" && w.Is(i + 1, "by") && HasOutputVerbBefore(w, i))
        {
            return FormatKind.ResponseTemplate;
        }

        if ((t is "start" or "begin" or "end" or "open" or "close" or "starts" or "ends" or "begins") && w.Is(i + 1, "with") && OutputNounWithin(w, i - 3, i - 1))
        {
            return FormatKind.ResponseTemplate;
        }

        if (FieldNouns.Contains(t) && (w.Is(i - 1, "these") || w.Is(i - 1, "following")) && (UseBefore(w, i) || w.IsAny(i - 2, FieldVerbs) || w.IsAny(i - 3, FieldVerbs)))
        {
            return FormatKind.Fields;
        }

        if (FieldNouns.Contains(t) && (w.IsAny(i - 1, FieldVerbs) || (w.Is(i - 1, "the") && w.IsAny(i - 2, FieldVerbs)) || (w.Is(i - 1, "following") && w.IsAny(i - 2, FieldVerbs)) || (w.Is(i - 1, "following") && w.Is(i - 2, "the") && w.IsAny(i - 3, FieldVerbs))))
        {
            return FormatKind.Fields;
        }

        if ((t is "line" or "lines" or "row") && (LinePlacement(w, i)))
        {
            return FormatKind.StructuralLength;
        }

        if ((t is "element" or "elements" or "tag" or "tags") && i > 0 && w[i - 1].Is(WordFlags.Quoted) && outputCue)
        {
            return FormatKind.NamedFormat;
        }

        if (Vocabulary.OutputNouns.Contains(t) && (w.Is(i - 1, "your") || w.Is(i - 1, "the") || w.Is(i - 1, "entire") || w.Is(i - 1, "whole")) && (w.Is(i + 1, "is") || w.Is(i + 1, "must") || w.Is(i + 1, "should") || w.Is(i + 1, "will")) && AnswerIsNamed(w, i + 2))
        {
            return FormatKind.OnlyTheAnswer;
        }

        if (Vocabulary.IsCount(w[i]) && StructuralLength(w, i))
        {
            return FormatKind.StructuralLength;
        }

        if (IsCountHyphenUnit(t) && (w.IsAny(i - 1, Vocabulary.LengthPrepositions) || w.Is(i - 1, "a") || w.IsAny(i - 1, Vocabulary.OutputVerbs)))
        {
            return FormatKind.StructuralLength;
        }

        if (IsRange(w, i) && ScaleCue(w))
        {
            return FormatKind.Scale;
        }

        if (t == "of" && w.Is(i - 1, "one") && ChooserBefore(w, i - 1))
        {
            return FormatKind.LabelSet;
        }

        if (t == "as" && w.Is(i - 1, "one") == false && (w.IsAny(i + 1, AnswerSlotNouns) || (w.Is(i + 1, "a") || w.Is(i + 1, "the")) && w.IsAny(i + 2, AnswerSlotNouns)) && UseBefore(w, i))
        {
            return FormatKind.LabelSet;
        }

        if (SetNouns.Contains(t) && (w.Is(i - 1, "possible") || w.Is(i - 1, "allowed") || w.Is(i - 1, "valid") || w.Is(i - 1, "permitted")))
        {
            return FormatKind.LabelSet;
        }

        if (t == "be" && (w.Is(i - 1, "must") || w.Is(i - 1, "should")) && ((w.Is(i + 1, "one") && w.Is(i + 2, "of")) || w.Is(i + 1, "either")))
        {
            return FormatKind.LabelSet;
        }

        if (LiteralVerbs.Contains(t) && LiteralThenCondition(w, i))
        {
            return FormatKind.LabelSet;
        }

        return null;
    }

    /// <summary>"on the first line", "each on its own line", "one per line", "on a separate line".</summary>
    private static bool LinePlacement(Word[] w, int i)
    {
        if (w.Is(i - 1, "per") && (w.Is(i - 2, "one") || w.Is(i - 3, "one") || w.Is(i - 2, "each")))
        {
            return true;
        }

        return (w.Is(i - 1, "first") || w.Is(i - 1, "second") || w.Is(i - 1, "third") || w.Is(i - 1, "last") || w.Is(i - 1, "next") || w.Is(i - 1, "separate")
                || w.Is(i - 1, "own") || w.Is(i - 1, "single") || w.Is(i - 1, "new") || w.Is(i - 1, "same"))
            && (w.Is(i - 2, "on") || w.Is(i - 3, "on") || w.Is(i - 4, "on"));
    }

    /// <summary>"your reply is the category code", "the answer must be a single word".</summary>
    private static bool AnswerIsNamed(Word[] w, int from)
    {
        for (int k = from; k < w.Length && k <= from + 6; k++)
        {
            if (k > from && w[k].Is(WordFlags.ClauseStart) || w[k].Text is "if" or "when" or "not")
            {
                return false;
            }

            if (Vocabulary.AnswerNouns.Contains(w[k].Text) && w[k].Text is not ("answer" or "output" or "result" or "summary" or "text") || Vocabulary.FormatNounOf(w[k].Text) is not FormatNoun.None and not FormatNoun.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words a signal can start at; every other word is skipped without running the signals (most words are none of these).</summary>
    /// <summary>Read by <see cref="Vocabulary"/> when it builds its table, so every outline's words carry <see cref="WordKind.FormatTrigger"/>.</summary>
    internal static IEnumerable<string> TriggerWords => BuildTriggers();

    private static HashSet<string> BuildTriggers()
    {
        var t = Set(
            "nothing", "no", "without", "anything", "explain", "elaborate", "only", "just", "solely", "exclusively", "list", "lists", "points", "code",
            "style", "convention", "conventions", "pattern", "follows", "so", "this", "below", "followed", "start", "begin", "end", "open", "close",
            "starts", "ends", "begins", "line", "lines", "row", "element", "elements", "tag", "tags", "into", "of", "as", "be", "block");
        t.UnionWith(TemplateNouns);
        t.UnionWith(FieldNouns);
        t.UnionWith(SetNouns);
        t.UnionWith(LiteralVerbs);
        return t;
    }

    private static bool IsTrigger(Word word) =>
        word.Has(WordKind.FormatTrigger) || word.Is(WordFlags.Number) || word.Is(WordFlags.TemplateTag) || word.Text.IndexOf('-') > 0;

    private static readonly HashSet<string> AnswerSlotNouns = Set("verdict", "label", "category", "answer", "response", "rating", "score", "output", "result", "classification", "values");

    private static bool DescribesInput(Word[] w)
    {
        int i = 0;
        if (w.Is(0, "the") || w.Is(0, "each") || w.Is(0, "every") || w.Is(0, "your") || w.Is(0, "a") || w.Is(0, "an"))
        {
            i = 1;
        }

        if (w.IsAny(i, InputSubjects))
        {
            for (int k = i + 1; k < w.Length && k <= i + 6; k++)
            {
                if (InputVerbs.Contains(w[k].Text))
                {
                    return !OutputNounWithin(w, i, i);
                }
            }
        }

        for (int k = 0; k + 2 < w.Length; k++)
        {
            if (w[k].Text == "you" && ((w.Is(k + 1, "will") && (w.Is(k + 2, "receive") || w.Is(k + 2, "get") || (w.Is(k + 2, "be") && w.IsAny(k + 3, InputMarkers) || w.Is(k + 3, "shown") || w.Is(k + 3, "presented"))))
                || (w.Is(k + 1, "are") && (w.Is(k + 2, "given") || w.Is(k + 2, "provided") || w.Is(k + 2, "presented") || w.Is(k + 2, "shown")))))
            {
                return !HasOutputVerbAfter(w, k + 3);
            }

            if ((w[k].Text is "below" or "here") && (w.Is(k + 1, "is") || w.Is(k + 1, "are")))
            {
                return !HasOutputVerbAfter(w, k + 2);
            }

            if ((w[k].Text is "shown" or "listed" or "given" or "provided") && (w.Is(k + 1, "below") || w.Is(k + 1, "above")))
            {
                return !HasOutputVerbAfter(w, k + 2);
            }
        }

        return false;
    }

    private static bool HasOutputCue(Word[] w, int from)
    {
        for (int k = from; k < w.Length; k++)
        {
            if (w[k].Has(WordKind.OutputVerb | WordKind.OutputNoun))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOutputVerbBefore(Word[] w, int i)
    {
        for (int k = 0; k < i; k++)
        {
            if (Vocabulary.OutputVerbs.Contains(w[k].Text) || Vocabulary.OutputNouns.Contains(w[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOutputVerbAfter(Word[] w, int from)
    {
        for (int k = from; k < w.Length; k++)
        {
            if (Vocabulary.OutputVerbs.Contains(w[k].Text) && w[k].Text is not ("use" or "using" or "provide" or "list"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OutputNounWithin(Word[] w, int from, int to)
    {
        for (int k = System.Math.Max(0, from); k <= to && k < w.Length; k++)
        {
            if (Vocabulary.OutputNouns.Contains(w[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the provided JSON", "the input CSV", "the JSON below is the input": a format that describes what comes in.</summary>
    private static bool AfterInputMarker(Word[] w, int i) =>
        w.IsAny(i - 1, InputMarkers) || (w.IsAny(i - 2, InputMarkers) && !w[i - 1].Is(WordFlags.ClauseStart) && !Vocabulary.OutputNouns.Contains(w[i - 1].Text)) || w.Is(i + 1, "input");

    private static bool ListIsAsked(Word[] w, int i)
    {
        if (w.Is(i - 1, "a") || w.Is(i - 1, "the"))
        {
            return (w.IsAny(i - 2, Vocabulary.OutputVerbs) && !w.Is(i - 2, "use")) || w.Is(i - 2, "as") || w.Is(i - 2, "in") || w.Is(i - 2, "into");
        }

        return w.Is(i - 1, "as") || w.Is(i - 1, "ordered") || w.Is(i - 1, "unordered");
    }

    private static bool IsTemplateReference(Word[] w, int i)
    {
        if (w.IsAny(i - 1, TemplateDeterminers) || (w.Is(i - 1, "json") && w.IsAny(i - 2, TemplateDeterminers)))
        {
            return true;
        }

        if (w.Is(i - 1, "the") && FollowBefore(w, i - 1))
        {
            return true;
        }

        return (w.Is(i + 1, "below") || w.Is(i + 1, "above")) && HasOutputVerbBefore(w, i);
    }

    private static bool FollowBefore(Word[] w, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (FollowVerbs.Contains(w[k].Text) && w[k].Text is not "in")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ExtraAfter(Word[] w, int i)
    {
        int k = i;
        while (k < w.Length && k <= i + 2 && ExtraModifiers.Contains(w[k].Text))
        {
            k++;
        }

        if (!w.IsAny(k, ExtraNouns))
        {
            return false;
        }

        // "no more explanation", "without any other words", "no preamble": at least a modifier, or a noun that is never content.
        return k > i || w[k].Text is "preamble" or "commentary" or "explanation" or "explanations" or "elaboration" or "prose";
    }

    private static bool NegatedVerbBefore(Word[] w, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (Vocabulary.Negations.Contains(w[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseEndsAfter(Word[] w, int i, int within) =>
        i + 1 >= w.Length || w[i + 1].Is(WordFlags.ClauseStart) || (within > 1 && (i + 2 >= w.Length || w[i + 2].Is(WordFlags.ClauseStart)));

    private static bool OnlyTheAnswer(Word[] w, int i)
    {
        bool verbBefore = (IsAnswerVerb(w, i - 1) || (IsAnswerVerb(w, i - 2) && w.Is(i - 1, "with"))) && !w.IsAny(i + 1, NotAnswerScope);
        if (verbBefore)
        {
            return true;
        }

        if (IsAnswerVerb(w, i + 1) && (w.Is(i + 2, "with") || AnswerNounWithin(w, i + 2, i + 4)))
        {
            return true;
        }

        if (w.IsAny(i - 1, Vocabulary.AnswerNouns) && !w.IsAny(i + 1, NotAnswerScope) && !Vocabulary.IsNegated(w, i - 1))
        {
            return true;
        }

        if ((w.Is(i + 1, "contain") || w.Is(i + 1, "include") || w.Is(i + 1, "consist") || w.Is(i + 1, "be")) && OutputNounWithin(w, i - 4, i - 1))
        {
            return true;
        }

        return false;
    }

    private static bool IsAnswerVerb(Word[] w, int i) => w.IsAny(i, Vocabulary.OutputVerbs) && w[i].Text is not ("use" or "using" or "provide" or "list" or "extract" or "summarize" or "summarise" or "translate" or "rewrite");

    private static bool AnswerNounWithin(Word[] w, int from, int to)
    {
        for (int k = from; k <= to && k < w.Length; k++)
        {
            if (Vocabulary.AnswerNouns.Contains(w[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Count, then a unit (at most one modifier between, or a range "3 to 5"), after a length word or an output verb.</summary>
    private static bool StructuralLength(Word[] w, int i)
    {
        int unit = i + 1;
        if ((w.Is(unit, "to") || w.Is(unit, "or") || w.Is(unit, "and")) && unit + 1 < w.Length && Vocabulary.IsCount(w[unit + 1]))
        {
            unit += 2;
        }

        if (unit < w.Length && !Vocabulary.Units.Contains(w[unit].Text) && unit + 1 < w.Length && Vocabulary.Units.Contains(w[unit + 1].Text) && w[unit].Text is not ("of" or "the" or "or" or "and"))
        {
            unit++;
        }

        if (!w.IsAny(unit, Vocabulary.Units) || w.Is(unit + 1, "of") && w[i].Text == "one" || w.Is(unit + 1, "or") && w.Is(unit + 2, "more"))
        {
            return false;
        }

        if (w[i].Text == "one" && (w.Is(i - 1, "each") || w.Is(i - 1, "any")))
        {
            return false;
        }

        bool comparative = w.Is(i - 1, "than") || w.Is(i - 1, "exceed") || w.Is(i - 1, "most") || w.Is(i - 1, "least");
        if (!comparative && Vocabulary.IsNegated(w, i))
        {
            return false;
        }

        return w.IsAny(i - 1, Vocabulary.LengthPrepositions) || comparative || IsAnswerVerb(w, i - 1) || w.Is(i - 1, "a") && w[i].Text == "single"
            || (w.Is(i - 1, "exactly") || w.Is(i - 1, "only")) || (w.Is(i - 2, "me") && IsAnswerVerb(w, i - 3)) || IsAnswerVerb(w, i - 2) && w.Is(i - 1, "me");
    }

    private static bool IsCountHyphenUnit(string t)
    {
        int dash = t.IndexOf('-');
        if (dash <= 0 || dash == t.Length - 1)
        {
            return false;
        }

        string count = t.Substring(0, dash);
        string unit = t.Substring(dash + 1);
        bool isCount = count is "one" or "two" or "three" or "four" or "five" or "single" || (count.Length <= 3 && char.IsDigit(count[0]));
        return isCount && unit is "sentence" or "paragraph" or "word" or "line" or "bullet" or "item" or "point";
    }

    /// <summary>"between 1 and 5", "from 1 to 5", "of 1 to 10", "(1-5)".</summary>
    private static bool IsRange(Word[] w, int i)
    {
        if (w[i].Is(WordFlags.Number) && (w.Is(i + 1, "to") || w.Is(i + 1, "and")) && i + 2 < w.Length && w[i + 2].Is(WordFlags.Number))
        {
            return w.Is(i - 1, "between") || w.Is(i - 1, "from") || w.Is(i - 1, "of") || w.Is(i - 1, "scale");
        }

        string t = w[i].Text;
        int dash = t.IndexOf('-');
        return dash > 0 && dash < t.Length - 1 && char.IsDigit(t[0]) && char.IsDigit(t[t.Length - 1]) && t.Length <= 7;
    }

    private static bool ScaleCue(Word[] w)
    {
        foreach (Word word in w)
        {
            if (ScaleCues.Contains(word.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChooserBefore(Word[] w, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (Choosers.Contains(w[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UseBefore(Word[] w, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (w[k].Text is "use" or "using" or "give" or "return" or "output" or "mark" or "label")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"return 1 if …", "respond with Unknown if …", "answer "yes" or "no"", "give verdict as "1" if …".</summary>
    private static bool LiteralThenCondition(Word[] w, int i)
    {
        for (int k = i + 1; k < w.Length && k <= i + 4; k++)
        {
            Word word = w[k];
            bool literal = word.Text is "yes" or "no" or "true" or "false" || word.Is(WordFlags.Quoted) || word.Is(WordFlags.AllCaps) || word.Is(WordFlags.Number) || (word.Is(WordFlags.Capitalized) && k > 0 && !word.Is(WordFlags.ClauseStart) && word.Text is not "i");
            if (literal)
            {
                return w.IsAny(k + 1, AfterLiteral) || (k + 1 < w.Length && w[k + 1].Is(WordFlags.ClauseStart) && w.Is(k + 1, "otherwise"));
            }

            if (k > i + 1 && w[k].Is(WordFlags.ClauseStart))
            {
                return false;
            }
        }

        return false;
    }

    private static HashSet<string> Set(params string[] words) => new(words, System.StringComparer.Ordinal);
}
