using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using static PromptLint.Analysis.Finders.FormatGuards;
using static PromptLint.Analysis.Finders.FormatPhrases;

namespace PromptLint.Analysis.Finders;

/// <summary>One trigger word of a sentence, and whether the sentence names the answer at all (an output verb or noun).</summary>
internal readonly record struct SignalWord(Word[] Words, int Index, bool OutputCue)
{
    public string Text => Words[Index].Text;
}

/// <summary>
/// The phrase signals of one sentence: each row is an id, the kind of evidence it gives and a match at one trigger word.
/// <see cref="FormatFinder"/> tries the rows in this order at every trigger word, then asks <see cref="FormatGrammar"/>;
/// tests assert which row fired for each example (<c>FormatSignalTests</c>). A negated word ("do not use a table") reaches
/// only the rows whose phrase holds its own negation ("nothing else", "no other text", "not more than 20 words").
/// </summary>
internal static class FormatSignals
{
    internal sealed record Row(string Id, FormatKind Kind, System.Func<SignalWord, bool> Matches)
    {
        /// <summary>The phrase holds the negation ("no other text") or owns it ("should not exceed 20 words"): a negated word still reaches the row.</summary>
        public bool ReadsNegatedWords { get; init; }

        /// <summary>Words this row owns: a word it claims and does not match reaches no later row.</summary>
        public System.Func<SignalWord, bool>? Claims { get; init; }
    }

    internal static readonly HashSet<string> TemplateNouns = Set("format", "template", "structure", "schema", "layout", "form", "skeleton", "shape");

    private static readonly HashSet<string> FieldNouns = Set("keys", "fields", "properties", "attributes", "columns", "sections", "headings", "headers", "subheadings");

    private static readonly HashSet<string> FieldVerbs = Set("with", "containing", "contain", "contains", "include", "includes", "including", "has", "having", "following");

    private static readonly HashSet<string> LiteralVerbs = Set("respond", "reply", "answer", "return", "output", "say", "write", "print", "give", "classify", "label", "mark", "verdict");

    private static readonly HashSet<string> SetNouns = Set(
        "labels", "values", "categories", "answers", "outputs", "responses", "options", "classes", "intents", "verdicts", "choices", "ratings", "scores", "types");

    private static readonly HashSet<string> AnswerSlotNouns = Set("verdict", "label", "category", "answer", "response", "rating", "score", "output", "result", "classification", "values");

    public static IReadOnlyList<Row> Rows { get; } = new[]
    {
        // Exclusive phrases: "nothing else", "no other text", "without any explanation", "do not explain", "only the JSON".
        new Row("nothing-else", FormatKind.OnlyTheAnswer, NothingElse) { ReadsNegatedWords = true },
        new Row("no-extra-text", FormatKind.OnlyTheAnswer, c => c.Text is "no" or "without" && ExtraAfter(c.Words, c.Index + 1)) { ReadsNegatedWords = true },
        new Row("not-anything-else", FormatKind.OnlyTheAnswer, NotAnythingElse) { ReadsNegatedWords = true },
        new Row("do-not-explain", FormatKind.OnlyTheAnswer, DoNotExplain) { ReadsNegatedWords = true },
        new Row("only-the-answer", FormatKind.OnlyTheAnswer, c => c.Text is "only" or "just" or "solely" or "exclusively" && OnlyTheAnswer(c.Words, c.Index)) { ReadsNegatedWords = true },
        // "should not contain more than 20 words" limits the length; the negation belongs to the comparative.
        new Row("length-comparative", FormatKind.StructuralLength, LengthComparative) { ReadsNegatedWords = true },

        new Row("list-asked", FormatKind.NamedFormat, c => c.Text is "list" or "lists" && ListIsAsked(c.Words, c.Index)),
        new Row("sort-into", FormatKind.LabelSet, c => c.Text == "into" && ChooserBefore(c.Words, c.Index) && !c.Words.Is(c.Index - 1, "it")),
        new Row("named-format-for-output", FormatKind.NamedFormat, NamedFormatForOutput),
        new Row("code-output", FormatKind.CodeOutput, c => AsCode(c) && c.OutputCue) { Claims = AsCode },
        new Row("code-block", FormatKind.CodeOutput, InACodeBlock),
        new Row("follow-convention", FormatKind.ResponseTemplate, FollowConvention),
        new Row("template-reference", FormatKind.ResponseTemplate, c => TemplateNouns.Contains(c.Text) && IsTemplateReference(c.Words, c.Index)),
        new Row("as-follows", FormatKind.ResponseTemplate, AsFollows),
        new Row("followed-by", FormatKind.ResponseTemplate, c => c.Text == "followed" && c.Words.Is(c.Index + 1, "by") && HasOutputWordBefore(c.Words, c.Index)),
        new Row("starts-with", FormatKind.ResponseTemplate, StartsWith),
        new Row("these-fields", FormatKind.Fields, TheseFields),
        new Row("fields-listed", FormatKind.Fields, c => FieldNouns.Contains(c.Text) && FieldsListed(c.Words, c.Index)),
        new Row("line-placement", FormatKind.StructuralLength, c => c.Text is "line" or "lines" or "row" && LinePlacement(c.Words, c.Index)),
        new Row("quoted-element", FormatKind.NamedFormat, QuotedElement),
        new Row("answer-is-named", FormatKind.OnlyTheAnswer, AnswerIs),
        new Row("structural-length", FormatKind.StructuralLength, c => Vocabulary.IsCount(c.Words[c.Index]) && StructuralLength(c.Words, c.Index)),
        new Row("hyphenated-length", FormatKind.StructuralLength, HyphenatedLength),
        new Row("scale-range", FormatKind.Scale, c => IsRange(c.Words, c.Index) && ScaleCue(c.Words)),
        new Row("one-of", FormatKind.LabelSet, c => c.Text == "of" && c.Words.Is(c.Index - 1, "one") && ChooserBefore(c.Words, c.Index - 1)),
        new Row("as-slot", FormatKind.LabelSet, AsSlot),
        new Row("allowed-set", FormatKind.LabelSet, AllowedSet),
        new Row("must-be-one-of", FormatKind.LabelSet, MustBeOneOf),
        new Row("literal-then-condition", FormatKind.LabelSet, c => LiteralVerbs.Contains(c.Text) && LiteralThenCondition(c.Words, c.Index)),
    };

    /// <summary>The first row that matches at word <paramref name="i"/>, or null.</summary>
    public static Row? Match(Word[] w, int i, bool outputCue)
    {
        var word = new SignalWord(w, i, outputCue);
        bool negated = Vocabulary.IsNegated(w, i);
        foreach (Row row in Rows)
        {
            if (negated && !row.ReadsNegatedWords)
            {
                continue;
            }

            if (row.Matches(word))
            {
                return row;
            }

            if (row.Claims is { } claims && claims(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Words a row can start at; every other word is skipped without running the rows (most words are none of these). Read
    /// by <see cref="Vocabulary"/> when it builds its table, so every outline's words carry <see cref="WordKind.FormatTrigger"/>.
    /// </summary>
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

    public static bool IsTrigger(Word word) =>
        word.Has(WordKind.FormatTrigger) || word.Is(WordFlags.Number) || word.Is(WordFlags.TemplateTag) || word.Text.IndexOf('-') > 0;

    private static bool NothingElse(SignalWord c) =>
        c.Text == "nothing" && (c.Words.Is(c.Index + 1, "else") || c.Words.Is(c.Index + 1, "but") || c.Words.Is(c.Index + 1, "more") || c.Words.Is(c.Index + 1, "other") || c.Words.Is(c.Index + 1, "except"));

    private static bool NotAnythingElse(SignalWord c) =>
        c.Text == "anything" && (c.Words.Is(c.Index + 1, "else") || c.Words.Is(c.Index + 1, "except") || c.Words.Is(c.Index + 1, "other")) && NegatedVerbBefore(c.Words, c.Index);

    private static bool DoNotExplain(SignalWord c) =>
        c.Text is "explain" or "elaborate" && (c.Words.Is(c.Index - 1, "not") || c.Words.Is(c.Index - 1, "don't")) && ClauseEndsAfter(c.Words, c.Index, 2);

    private static bool LengthComparative(SignalWord c) =>
        Vocabulary.IsCount(c.Words[c.Index]) && (c.Words.Is(c.Index - 1, "than") || c.Words.Is(c.Index - 1, "exceed")) && StructuralLength(c.Words, c.Index);

    private static bool NamedFormatForOutput(SignalWord c) =>
        ShapeNoun(c.Words, c.Index) is FormatNoun.DataFormat or FormatNoun.Table or FormatNoun.List or FormatNoun.Structure && c.OutputCue && !AfterInputMarker(c.Words, c.Index);

    /// <summary>"as code", "as a SQL query": without an output cue the phrase says how to read something, and no later row reads the word.</summary>
    private static bool AsCode(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return Vocabulary.FormatNounOf(c.Text) == FormatNoun.Code && (w.Is(i - 1, "as") || ((w.Is(i - 1, "a") || w.Is(i - 1, "the")) && w.Is(i - 2, "as")));
    }

    private static bool InACodeBlock(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return c.Text == "code" && w.Is(i + 1, "block") && (w.Is(i - 1, "in") || w.Is(i - 2, "in") || w.Is(i - 1, "inside") || w.Is(i - 2, "inside") || w.Is(i - 2, "wrapped"));
    }

    /// <summary>"follow the sphinx style", "follow the conventional-commit format": a named convention for the answer.</summary>
    private static bool FollowConvention(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return c.Text is "style" or "convention" or "conventions" or "pattern" && !w.Is(i + 1, "guide") && !w.Is(i + 1, "of")
            && (w.Is(i - 2, "follow") || (w.Is(i - 3, "follow") && (w.Is(i - 2, "the") || w.Is(i - 2, "this"))));
    }

    /// <summary>"as follows", "like this", "like so", "like below", in a sentence that asks for the answer.</summary>
    private static bool AsFollows(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        bool phrase = (c.Text == "follows" && w.Is(i - 1, "as")) || (c.Text is "so" or "this" or "below" && (w.Is(i - 1, "like") || w.Is(i - 1, "likes")));
        return phrase && (c.OutputCue || HasOutputWordBefore(w, i));
    }

    /// <summary>"the answer must start with …", "end your reply with …".</summary>
    private static bool StartsWith(SignalWord c) =>
        c.Text is "start" or "begin" or "end" or "open" or "close" or "starts" or "ends" or "begins" && c.Words.Is(c.Index + 1, "with") && OutputNounWithin(c.Words, c.Index - 3, c.Index - 1);

    /// <summary>"use these fields", "with the following keys".</summary>
    private static bool TheseFields(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return FieldNouns.Contains(c.Text) && (w.Is(i - 1, "these") || w.Is(i - 1, "following")) && (UseBefore(w, i) || w.IsAny(i - 2, FieldVerbs) || w.IsAny(i - 3, FieldVerbs));
    }

    /// <summary>"with keys …", "include the fields …", "containing the following columns".</summary>
    private static bool FieldsListed(Word[] w, int i) =>
        w.IsAny(i - 1, FieldVerbs) || (w.Is(i - 1, "the") && w.IsAny(i - 2, FieldVerbs)) || (w.Is(i - 1, "following") && w.IsAny(i - 2, FieldVerbs))
        || (w.Is(i - 1, "following") && w.Is(i - 2, "the") && w.IsAny(i - 3, FieldVerbs));

    /// <summary>"wrap it in "answer" tags", in a sentence that asks for the answer.</summary>
    private static bool QuotedElement(SignalWord c) =>
        c.Text is "element" or "elements" or "tag" or "tags" && c.Index > 0 && c.Words[c.Index - 1].Is(WordFlags.Quoted) && c.OutputCue;

    /// <summary>"your reply is the category code", "the answer must be a single word".</summary>
    private static bool AnswerIs(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return Vocabulary.OutputNouns.Contains(c.Text) && (w.Is(i - 1, "your") || w.Is(i - 1, "the") || w.Is(i - 1, "entire") || w.Is(i - 1, "whole"))
            && (w.Is(i + 1, "is") || w.Is(i + 1, "must") || w.Is(i + 1, "should") || w.Is(i + 1, "will")) && AnswerIsNamed(w, i + 2);
    }

    /// <summary>"in a one-sentence summary", "write a 3-paragraph essay".</summary>
    private static bool HyphenatedLength(SignalWord c) =>
        IsCountHyphenUnit(c.Text) && (c.Words.IsAny(c.Index - 1, Vocabulary.LengthPrepositions) || c.Words.Is(c.Index - 1, "a") || c.Words.IsAny(c.Index - 1, Vocabulary.OutputVerbs));

    /// <summary>"use "PASS" or "FAIL" as the verdict", "give the label as the answer".</summary>
    private static bool AsSlot(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return c.Text == "as" && !w.Is(i - 1, "one") && (w.IsAny(i + 1, AnswerSlotNouns) || ((w.Is(i + 1, "a") || w.Is(i + 1, "the")) && w.IsAny(i + 2, AnswerSlotNouns))) && UseBefore(w, i);
    }

    /// <summary>"the possible labels", "valid values".</summary>
    private static bool AllowedSet(SignalWord c) =>
        SetNouns.Contains(c.Text) && (c.Words.Is(c.Index - 1, "possible") || c.Words.Is(c.Index - 1, "allowed") || c.Words.Is(c.Index - 1, "valid") || c.Words.Is(c.Index - 1, "permitted"));

    /// <summary>"must be one of", "should be either".</summary>
    private static bool MustBeOneOf(SignalWord c)
    {
        Word[] w = c.Words;
        int i = c.Index;
        return c.Text == "be" && (w.Is(i - 1, "must") || w.Is(i - 1, "should")) && ((w.Is(i + 1, "one") && w.Is(i + 2, "of")) || w.Is(i + 1, "either"));
    }

    private static HashSet<string> Set(params string[] words) => new(words, System.StringComparer.Ordinal);
}
