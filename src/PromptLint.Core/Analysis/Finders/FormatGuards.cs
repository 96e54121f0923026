using System.Collections.Generic;
using PromptLint.Analysis.Outline;

namespace PromptLint.Analysis.Finders;

/// <summary>
/// The guards a format signal is read under, shared by <see cref="FormatFinder"/>, <see cref="FormatSignals"/> and
/// <see cref="FormatPhrases"/>: whether a sentence describes the input, whether it names the answer (an output cue),
/// where output verbs and nouns stand. The one negation rule is <see cref="Vocabulary.IsNegated"/>.
/// </summary>
internal static class FormatGuards
{
    private static readonly HashSet<string> InputSubjects = Set(
        "input", "inputs", "user", "users", "customer", "data", "dataset", "file", "files", "log", "logs", "document", "documents", "payload",
        "request", "row", "rows", "record", "records", "message", "messages", "snippet", "text", "excerpt", "context", "conversation",
        "transcript", "question", "questions", "history", "source");

    private static readonly HashSet<string> InputVerbs = Set(
        "is", "are", "will", "may", "might", "can", "contains", "contain", "has", "have", "comes", "come", "looks", "arrives", "includes", "consists", "was", "were");

    private static readonly HashSet<string> InputMarkers = Set("given", "provided", "attached", "input", "inputs", "following", "below", "above", "supplied", "retrieved");

    /// <summary>
    /// "The input is CSV …", "You will receive a JSON payload", "Below is the user's message": the sentence describes what
    /// comes in, so the formats it names are not the answer's.
    /// </summary>
    public static bool DescribesInput(Word[] w)
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

    /// <summary>Whether the sentence names the answer at all from <paramref name="from"/> on: an output verb or noun.</summary>
    public static bool HasOutputCue(Word[] w, int from)
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

    /// <summary>An output verb or noun before word <paramref name="i"/>.</summary>
    public static bool HasOutputWordBefore(Word[] w, int i)
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

    public static bool OutputNounWithin(Word[] w, int from, int to)
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
    public static bool AfterInputMarker(Word[] w, int i) =>
        w.IsAny(i - 1, InputMarkers) || (w.IsAny(i - 2, InputMarkers) && !w[i - 1].Is(WordFlags.ClauseStart) && !Vocabulary.OutputNouns.Contains(w[i - 1].Text)) || w.Is(i + 1, "input");

    /// <summary>An output verb that asks for the answer itself ("respond", "return"), not one that names a task ("summarize", "translate").</summary>
    public static bool IsAnswerVerb(Word[] w, int i) => w.IsAny(i, Vocabulary.OutputVerbs) && w[i].Text is not ("use" or "using" or "provide" or "list" or "extract" or "summarize" or "summarise" or "translate" or "rewrite");

    private static HashSet<string> Set(params string[] words) => new(words, System.StringComparer.Ordinal);
}
