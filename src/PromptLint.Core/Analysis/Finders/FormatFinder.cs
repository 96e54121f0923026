using PromptLint.Analysis.Outline;
using PromptLint.Text;
using static PromptLint.Analysis.Finders.FormatGuards;

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

/// <summary>A format signal: its kind, where it stands, and the id of the row that found it (a row of <see cref="FormatLayout"/>, <see cref="FormatSignals"/> or <see cref="FormatGrammar"/>).</summary>
internal readonly record struct FormatEvidence(FormatKind Kind, TextSpan Span, string Signal);

/// <summary>
/// Finds what an instruction says about the answer's shape: a titled template first (<see cref="FormatLayout.Titled"/>),
/// then sentence by sentence over the outline's words (<see cref="FormatSignals"/>, then <see cref="FormatGrammar"/>),
/// then a template shown or a completion cue (<see cref="FormatLayout.Shown"/>). A negated format ("do not use bullet
/// points") neither satisfies the rule nor cancels another one; "use Markdown" alone and tone words do not count;
/// sentences that describe the input ("The input is CSV …") and worked examples are skipped.
/// </summary>
internal static class FormatFinder
{
    /// <summary>The first format signal of one message; <paramref name="finalSlot"/> is the template's final answer slot when it is in this message.</summary>
    public static FormatEvidence? Find(MessageOutline outline, ExampleRegions examples, LabeledLine? finalSlot)
    {
        var scan = new FormatScan(outline, examples, finalSlot);
        return FormatLayout.First(FormatLayout.Titled, scan) ?? FirstSentenceSignal(scan) ?? FormatLayout.First(FormatLayout.Shown, scan);
    }

    private static FormatEvidence? FirstSentenceSignal(FormatScan scan)
    {
        foreach (Sentence sentence in scan.Outline.Sentences)
        {
            if (!scan.Examples.Holds(sentence) && Find(sentence.Words) is { } evidence)
            {
                return evidence;
            }
        }

        return null;
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
            if (FormatSignals.IsTrigger(w[i]) && FormatSignals.Match(w, i, outputCue) is { } signal && !CannedReplyForOneSituation(w, signal.Kind))
            {
                return new FormatEvidence(signal.Kind, TextSpan.FromBounds(w[i].Span.Start, w[System.Math.Min(w.Length - 1, i + 2)].Span.End), signal.Id);
            }
        }

        return FormatGrammar.Match(w) is { } row ? new FormatEvidence(row.Kind, TextSpan.FromBounds(w[0].Span.Start, w[w.Length - 1].Span.End), row.Id) : null;
    }

    /// <summary>
    /// "If you don't know the answer, just say that you don't know": a scripted reply for one situation, in a sentence that
    /// opens with its condition, does not shape the answers to the task.
    /// </summary>
    private static bool CannedReplyForOneSituation(Word[] w, FormatKind kind) =>
        kind is FormatKind.OnlyTheAnswer or FormatKind.LabelSet && w.Length > 0 && w[0].Text is "if" or "when" or "whenever" or "unless" or "should";
}
