using System;
using System.Collections.Generic;
using PromptLint.Analysis.Finders;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>Two instructions that contradict each other, with both spans.</summary>
public readonly record struct Conflict(ConflictKind Kind, TextSpan First, TextSpan Second, string FirstText, string SecondText);

public enum ConflictKind
{
    /// <summary>"be brief" against "be thorough", one sentence against several paragraphs.</summary>
    Length,
    /// <summary>Two different whole-response formats ("JSON only" and "a Markdown table").</summary>
    Format,
    /// <summary>"always X" against "never X" about the same verb and object.</summary>
    AlwaysNever,
}

internal static class ConflictKinds
{
    public static string Describe(this ConflictKind kind) => kind switch
    {
        ConflictKind.Length => "length",
        ConflictKind.Format => "format",
        _ => "always/never",
    };
}

/// <summary>
/// Finds contradictory instructions over the outline's words: a short-length demand against a long-length one, two
/// different whole-response formats, and "always X" against "never X" about the same verb and object. Balanced
/// phrasing in one sentence ("concise but thorough") is not a conflict. A hand scanner: linear, no regex.
/// </summary>
internal static class ConflictDetector
{
    private static readonly HashSet<string> Stopwords = Set(
        "a", "an", "the", "any", "your", "their", "our", "to", "of", "in", "on", "with", "for", "and", "or", "be", "it", "that", "this", "all", "more", "than");

    private static readonly HashSet<string> Balance = Set("but", "yet", "while", "although", "though", "unless", "except");

    private static readonly HashSet<string> ShortWords = Set("brief", "short", "concise", "terse");

    private static readonly HashSet<string> ShortSubjects = Set("be", "it", "stay", "answers", "answer", "responses", "response", "replies", "reply");

    private static readonly HashSet<string> LongWords = Set("detailed", "thorough", "exhaustive", "comprehensive");

    private static readonly HashSet<string> ResponseVerbs = Set("respond", "reply", "answer", "output", "return", "write", "format", "give");

    private static readonly HashSet<string> NeverWords = Set("never", "don't", "mustn't", "shouldn't");

    /// <summary>Read by <see cref="Vocabulary"/>: the words a conflict signal can start at.</summary>
    internal static readonly string[] TriggerWords =
    {
        "one", "single", "one-sentence", "one-word", "brief", "short", "concise", "terse", "paragraphs", "explain", "detailed", "thorough",
        "exhaustive", "comprehensive", "in-depth", "long-form", "essay", "respond", "reply", "answer", "output", "return", "write", "format",
        "give", "json", "xml", "yaml", "csv", "html", "prose", "markdown", "plain", "table", "bulleted", "numbered", "only", "always", "never",
        "don't", "mustn't", "shouldn't", "not",
    };

    private static bool Skip(Word word) => !word.Has(WordKind.ConflictTrigger) && !word.Is(WordFlags.Number);

    public static List<Conflict> Find(MessageOutline outline, ExampleRegions examples)
    {
        string text = outline.Text;
        var shortHits = new List<(TextSpan Span, Sentence Sentence)>();
        var longHits = new List<(TextSpan Span, Sentence Sentence)>();
        var formatHits = new List<(string Format, TextSpan Span)>();
        var always = new List<(string Key, TextSpan Span)>();
        var never = new List<(string Key, TextSpan Span)>();
        foreach (Sentence sentence in outline.Sentences)
        {
            if (examples.Holds(sentence))
            {
                continue; // an example's output shows an answer; it instructs nothing, so it conflicts with nothing
            }

            Word[] w = sentence.Words;
            if (ShortLength(w) is { } sm)
            {
                shortHits.Add((sm, sentence));
            }

            if (LongLength(w) is { } lm)
            {
                longHits.Add((lm, sentence));
            }

            if (ResponseFormat(w) is { } fm)
            {
                formatHits.Add(fm);
            }

            for (int i = 0; i < w.Length; i++)
            {
                if (Skip(w[i]))
                {
                    continue;
                }

                if (Always(w, i) is { } a)
                {
                    always.Add(a);
                }

                if (Never(w, i) is { } n)
                {
                    never.Add(n);
                }
            }
        }

        // Each kind is reported once per message, so a prompt that repeats an instruction a thousand times stays linear.
        var conflicts = new List<Conflict>();
        if (FirstLengthConflict(shortHits, longHits) is { } length)
        {
            conflicts.Add(Make(ConflictKind.Length, length.Short, length.Long, text));
        }

        for (int j = 1; j < formatHits.Count; j++)
        {
            if (formatHits[j].Format != formatHits[0].Format)
            {
                conflicts.Add(Make(ConflictKind.Format, formatHits[0].Span, formatHits[j].Span, text));
                break;
            }
        }

        if (always.Count > 0 && never.Count > 0)
        {
            var firstNever = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
            foreach (var n in never)
            {
                if (!firstNever.ContainsKey(n.Key))
                {
                    firstNever[n.Key] = n.Span;
                }
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in always)
            {
                if (firstNever.TryGetValue(a.Key, out TextSpan n) && reported.Add(a.Key))
                {
                    conflicts.Add(Make(ConflictKind.AlwaysNever, a.Span, n, text));
                }
            }
        }

        return conflicts;
    }

    /// <summary>
    /// The first short/long pair that is not one balanced sentence ("concise but thorough"). Only a hit whose own
    /// sentence is balanced can be skipped, so looking at the first two hits of each side is enough.
    /// </summary>
    private static (TextSpan Short, TextSpan Long)? FirstLengthConflict(List<(TextSpan Span, Sentence Sentence)> shortHits, List<(TextSpan Span, Sentence Sentence)> longHits)
    {
        for (int i = 0; i < shortHits.Count && i < 2; i++)
        {
            for (int j = 0; j < longHits.Count && j < 2; j++)
            {
                var s = shortHits[i];
                var l = longHits[j];
                if (!(ReferenceEquals(s.Sentence, l.Sentence) && HasBalance(s.Sentence.Words)))
                {
                    return (s.Span, l.Span);
                }
            }
        }

        return null;
    }

    private static bool HasBalance(Word[] w)
    {
        foreach (Word word in w)
        {
            if (Balance.Contains(word.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in one sentence", "be brief", "keep your answers short", "under 50 words", "one-word answer", "in one word".</summary>
    private static TextSpan? ShortLength(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (Skip(w[i]))
            {
                continue;
            }

            string t = w[i].Text;
            if ((t is "one" or "single") && (w.Is(i + 1, "sentence") || w.Is(i + 1, "word")) && (w.Is(i - 1, "in") || (w.Is(i - 1, "a") && w.Is(i - 2, "in"))))
            {
                return Span(w, w.Is(i - 1, "in") ? i - 1 : i - 2, i + 1);
            }

            if ((t is "one-sentence" && (w.Is(i + 1, "answer") || w.Is(i + 1, "reply") || w.Is(i + 1, "response") || w.Is(i + 1, "summary")))
                || (t == "one-word" && (w.Is(i + 1, "answer") || w.Is(i + 1, "answers"))))
            {
                return Span(w, i, i + 1);
            }

            if (ShortWords.Contains(t))
            {
                int k = w.Is(i - 1, "very") ? i - 2 : i - 1;
                if (w.IsAny(k, ShortSubjects) && !Vocabulary.IsNegated(w, i))
                {
                    return Span(w, k, i);
                }
            }

            if (w[i].Is(WordFlags.Number) && w.Is(i + 1, "words") && int.TryParse(t, out int n) && n >= 1 && n <= 50
                && (w.Is(i - 1, "under") || w.Is(i - 1, "max") || (w.Is(i - 1, "most") && w.Is(i - 2, "at")) || (w.Is(i - 1, "than") && w.Is(i - 2, "more") && w.Is(i - 3, "no")) || (w.Is(i - 1, "of") && w.Is(i - 2, "maximum"))))
            {
                return Span(w, i - 1, i + 1);
            }
        }

        return null;
    }

    /// <summary>"several paragraphs", "explain in detail", "be thorough", "in-depth analysis", "long-form", "at least 500 words", "essay".</summary>
    private static TextSpan? LongLength(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (Skip(w[i]))
            {
                continue;
            }

            string t = w[i].Text;
            if (t == "paragraphs")
            {
                int k = w.Is(i - 1, "detailed") ? i - 2 : i - 1;
                if (w.Is(k, "several") || w.Is(k, "multiple") || w.Is(k, "many") || (w.Is(k - 1, "least") && Vocabulary.IsCount(w[Math.Max(0, k)])))
                {
                    return Span(w, k, i);
                }
            }

            if (t == "explain")
            {
                for (int k = i + 1; k < w.Length && k <= i + 4; k++)
                {
                    if (w[k].Text is "thoroughly" || (w[k].Text == "detail" && w.Is(k - 1, "in") || w.Is(k - 2, "in")) || (w[k].Text == "length" && w.Is(k - 1, "at")) || (w[k].Text == "depth" && w.Is(k - 1, "in")))
                    {
                        return Span(w, i, k);
                    }
                }
            }

            if (LongWords.Contains(t))
            {
                int k = w.Is(i - 1, "very") ? i - 2 : i - 1;
                if ((w.Is(k, "be") || w.Is(k, "are")) && !Vocabulary.IsNegated(w, i))
                {
                    return Span(w, k, i);
                }
            }

            if ((t == "in-depth" && (w.Is(i + 1, "explanation") || w.Is(i + 1, "answer") || w.Is(i + 1, "analysis"))) || t == "long-form" || t == "essay")
            {
                return Span(w, i, t == "in-depth" ? i + 1 : i);
            }

            if (w[i].Is(WordFlags.Number) && w.Is(i + 1, "words") && int.TryParse(t, out int n) && n >= 200
                && ((w.Is(i - 1, "least") && w.Is(i - 2, "at")) || (w.Is(i - 1, "of") && w.Is(i - 2, "minimum")) || (w.Is(i - 1, "than") && w.Is(i - 2, "fewer"))))
            {
                return Span(w, i - 2, i + 1);
            }
        }

        return null;
    }

    /// <summary>"respond in JSON", "format your answer as a markdown table", "JSON only", "only valid XML"; not when negated.</summary>
    private static (string Format, TextSpan Span)? ResponseFormat(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (Skip(w[i]))
            {
                continue;
            }

            if (ResponseVerbs.Contains(w[i].Text))
            {
                for (int k = i + 1; k < w.Length && k <= i + 9; k++)
                {
                    if (!(w[k].Text is "in" or "as" or "using" or "with"))
                    {
                        continue;
                    }

                    int f = k + 1;
                    if (w.Is(f, "only"))
                    {
                        f++;
                    }

                    if (w.Is(f, "valid") || w.Is(f, "a") || w.Is(f, "an") || w.Is(f, "plain") && !w.Is(f + 1, "text"))
                    {
                        f++;
                    }

                    if (FormatAt(w, f) is { } format && !Vocabulary.IsNegated(w, i))
                    {
                        return (format.Name, Span(w, i, format.End));
                    }
                }
            }

            if (FormatAt(w, i) is { } only && only.Name is "json" or "xml" or "yaml" or "csv" or "plain text")
            {
                if (w.Is(only.End + 1, "only") && !Vocabulary.IsNegated(w, i))
                {
                    return (only.Name, Span(w, i, only.End + 1));
                }
            }

            if (w[i].Text == "only" && FormatAt(w, w.Is(i + 1, "valid") ? i + 2 : i + 1) is { } after && after.Name is "json" or "xml" or "yaml" or "csv" or "plain text" && !Vocabulary.IsNegated(w, i))
            {
                return (after.Name, Span(w, i, after.End));
            }
        }

        return null;
    }

    /// <summary>A whole-response format at word <paramref name="i"/>, normalized ("markdown table" and "table" are one).</summary>
    private static (string Name, int End)? FormatAt(Word[] w, int i)
    {
        if (i < 0 || i >= w.Length)
        {
            return null;
        }

        string t = w[i].Text;
        switch (t)
        {
            case "json" or "xml" or "yaml" or "csv" or "html" or "prose":
                return (t == "prose" ? "plain text" : t, i);
            case "markdown":
                return w.Is(i + 1, "table") ? ("table", i + 1) : ("markdown", i);
            case "plain" when w.Is(i + 1, "text"):
                return ("plain text", i + 1);
            case "table":
                return ("table", i);
            case "bulleted" or "numbered" when w.Is(i + 1, "list"):
                return ("list", i + 1);
            default:
                return null;
        }
    }

    /// <summary>"always include a disclaimer" → ("include disclaimer", span).</summary>
    private static (string Key, TextSpan Span)? Always(Word[] w, int i)
    {
        if (w[i].Text != "always")
        {
            return null;
        }

        return Key(w, i, i + 1);
    }

    /// <summary>"never include …", "do not include …", "must not …", "should not ever …".</summary>
    private static (string Key, TextSpan Span)? Never(Word[] w, int i)
    {
        int verb;
        if (NeverWords.Contains(w[i].Text))
        {
            verb = i + 1;
        }
        else if (w[i].Text == "not" && (w.Is(i - 1, "do") || w.Is(i - 1, "must") || w.Is(i - 1, "should")))
        {
            verb = i + 1;
            i--;
        }
        else
        {
            return null;
        }

        if (w.Is(verb, "ever"))
        {
            verb++;
        }

        return Key(w, i, verb);
    }

    /// <summary>The verb plus the first content word after it in the same clause: "include disclaimer", "mention competitors".</summary>
    private static (string Key, TextSpan Span)? Key(Word[] w, int start, int verb)
    {
        if (verb >= w.Length || w[verb].Is(WordFlags.ClauseStart) || w[verb].Is(WordFlags.TemplateTag))
        {
            return null;
        }

        int end = verb;
        for (int k = verb + 1; k < w.Length && k <= verb + 12 && !w[k].Is(WordFlags.ClauseStart); k++)
        {
            end = k;
            if (!Stopwords.Contains(w[k].Text))
            {
                int last = k;
                while (last + 1 < w.Length && last + 1 <= verb + 12 && !w[last + 1].Is(WordFlags.ClauseStart))
                {
                    last++;
                }

                return (w[verb].Text + " " + w[k].Text, Span(w, start, last));
            }
        }

        return null;
    }

    private static TextSpan Span(Word[] w, int from, int to) =>
        TextSpan.FromBounds(w[Math.Max(0, from)].Span.Start, w[Math.Min(w.Length - 1, Math.Max(from, to))].Span.End);

    private static Conflict Make(ConflictKind kind, TextSpan first, TextSpan second, string text) =>
        new(kind, first, second, text.Substring(first.Start, first.Length).Trim(), text.Substring(second.Start, second.Length).Trim());

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
