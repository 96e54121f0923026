using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using static PromptLint.Analysis.Finders.FormatGuards;

namespace PromptLint.Analysis.Finders;

/// <summary>
/// The phrases the rows of <see cref="FormatSignals"/> match at one word: exclusive phrases, counted lengths, ranges,
/// chosen sets, template references.
/// </summary>
internal static class FormatPhrases
{
    private static readonly HashSet<string> TemplateDeterminers = Set("following", "this", "these", "below", "same", "exact", "specified", "above", "given");

    private static readonly HashSet<string> FollowVerbs = Set("follow", "follows", "use", "match", "adhere", "conform", "in", "respond", "answer", "output", "return", "write", "reply");

    private static readonly HashSet<string> ExtraNouns = Set(
        "text", "words", "word", "prose", "commentary", "explanation", "explanations", "output", "content", "information", "details",
        "sentences", "characters", "preamble", "reasoning", "elaboration", "justification", "comments", "notes", "remarks");

    private static readonly HashSet<string> ExtraModifiers = Set("other", "additional", "extra", "further", "more", "surrounding", "accompanying", "any", "introductory", "explanatory");

    private static readonly HashSet<string> NotAnswerScope = Set(
        "if", "when", "to", "about", "for", "questions", "question", "in", "on", "after", "once", "using", "based", "from", "where", "use", "what", "that", "this", "those");

    private static readonly HashSet<string> ScaleCues = Set("score", "scores", "rate", "rating", "ratings", "grade", "integer", "number", "value", "scale", "stars", "likert", "points", "range");

    private static readonly HashSet<string> Choosers = Set("respond", "reply", "answer", "return", "output", "choose", "choosing", "pick", "select", "classify", "categorize", "categorise", "label", "be", "sort", "bucket");

    private static readonly HashSet<string> AfterLiteral = Set("if", "when", "otherwise", "or", "for", "and", "else", "in");

    private static readonly HashSet<string> StructureModifiers = Set("a", "an", "single", "one", "valid", "flat", "nested");

    /// <summary>
    /// The format noun at word <paramref name="i"/> as an answer shape: "bullet points" is a list; a structure noun
    /// ("object", "array") counts only after an article or modifier and an answer verb ("return a JSON object", "as a flat dictionary").
    /// </summary>
    public static FormatNoun ShapeNoun(Word[] w, int i)
    {
        FormatNoun noun = w[i].Text is "points" && w.Is(i - 1, "bullet") ? FormatNoun.List : Vocabulary.FormatNounOf(w[i].Text);
        return noun == FormatNoun.Structure && !StructureIsAsked(w, i) ? FormatNoun.None : noun;
    }

    private static bool StructureIsAsked(Word[] w, int i) =>
        w.IsAny(i - 1, StructureModifiers) && (IsAnswerVerb(w, i - 2) || IsAnswerVerb(w, i - 3) || w.Is(i - 2, "as") || w.Is(i - 2, "with"));

    public static bool ListIsAsked(Word[] w, int i)
    {
        if (w.Is(i - 1, "a") || w.Is(i - 1, "the"))
        {
            return (w.IsAny(i - 2, Vocabulary.OutputVerbs) && !w.Is(i - 2, "use")) || w.Is(i - 2, "as") || w.Is(i - 2, "in") || w.Is(i - 2, "into");
        }

        return w.Is(i - 1, "as") || w.Is(i - 1, "ordered") || w.Is(i - 1, "unordered");
    }

    public static bool IsTemplateReference(Word[] w, int i)
    {
        if (w.IsAny(i - 1, TemplateDeterminers) || (w.Is(i - 1, "json") && w.IsAny(i - 2, TemplateDeterminers)))
        {
            return true;
        }

        if (w.Is(i - 1, "the") && FollowBefore(w, i - 1))
        {
            return true;
        }

        return (w.Is(i + 1, "below") || w.Is(i + 1, "above")) && HasOutputWordBefore(w, i);
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

    public static bool ExtraAfter(Word[] w, int i)
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

    public static bool NegatedVerbBefore(Word[] w, int i)
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

    public static bool ClauseEndsAfter(Word[] w, int i, int within) =>
        i + 1 >= w.Length || w[i + 1].Is(WordFlags.ClauseStart) || (within > 1 && (i + 2 >= w.Length || w[i + 2].Is(WordFlags.ClauseStart)));

    public static bool OnlyTheAnswer(Word[] w, int i)
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
    public static bool StructuralLength(Word[] w, int i)
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

    public static bool IsCountHyphenUnit(string t)
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
    public static bool IsRange(Word[] w, int i)
    {
        if (w[i].Is(WordFlags.Number) && (w.Is(i + 1, "to") || w.Is(i + 1, "and")) && i + 2 < w.Length && w[i + 2].Is(WordFlags.Number))
        {
            return w.Is(i - 1, "between") || w.Is(i - 1, "from") || w.Is(i - 1, "of") || w.Is(i - 1, "scale");
        }

        string t = w[i].Text;
        int dash = t.IndexOf('-');
        return dash > 0 && dash < t.Length - 1 && char.IsDigit(t[0]) && char.IsDigit(t[t.Length - 1]) && t.Length <= 7;
    }

    public static bool ScaleCue(Word[] w)
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

    public static bool ChooserBefore(Word[] w, int i)
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

    public static bool UseBefore(Word[] w, int i)
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
    public static bool LiteralThenCondition(Word[] w, int i)
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

    /// <summary>"on the first line", "each on its own line", "one per line", "on a separate line".</summary>
    public static bool LinePlacement(Word[] w, int i)
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
    public static bool AnswerIsNamed(Word[] w, int from)
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

    private static HashSet<string> Set(params string[] words) => new(words, System.StringComparer.Ordinal);
}
