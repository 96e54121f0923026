using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
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
/// Finds contradictory instructions: a short-length demand against a long-length one, two different
/// whole-response formats, and "always X" against "never X" about the same verb and object.
/// Balanced phrasing in one sentence ("concise but thorough") is not a conflict.
/// </summary>
internal static class ConflictDetector
{
    private static readonly Regex ShortLength = Patterns.Create(
        @"\b(in\s+(one|a\s+single)\s+sentence|one[- ]sentence\s+(answer|reply|response|summary)|(be|keep\s+it|keep\s+(your\s+)?(answers?|responses?|replies)|stay)\s+(very\s+)?(brief|short|concise|terse)|(at\s+most|no\s+more\s+than|under|maximum\s+of|max)\s+([1-9]|[1-4][0-9]|50)\s+words|one[- ]word\s+answers?|in\s+one\s+word)\b");

    private static readonly Regex LongLength = Patterns.Create(
        @"\b((several|multiple|many|at\s+least\s+(two|three|four|five|[2-9]))\s+(detailed\s+)?paragraphs|explain\s+(it\s+|everything\s+|your\s+reasoning\s+)?(in\s+(great\s+|full\s+)?detail|thoroughly|at\s+length|in\s+depth)|(be|are)\s+(very\s+)?(detailed|thorough|exhaustive|comprehensive)|in[- ]depth\s+(explanation|answer|analysis)|long[- ]form|(at\s+least|minimum\s+of|no\s+fewer\s+than)\s+([2-9][0-9]{2}|[1-9][0-9]{3})\s+words|essay)\b");

    private static readonly Regex ResponseFormat = Patterns.Create(
        @"\b(respond|reply|answer|output|return|write|format|give)\b[^.!?\n]{0,40}?\b(in|as|using|with)\s+(only\s+)?(valid\s+|a\s+|an\s+|plain\s+)?(?<format>json|xml|yaml|csv|markdown\s+table|markdown|plain\s+text|prose|html|bulleted\s+list|numbered\s+list|table)\b");

    private static readonly Regex FormatOnly = Patterns.Create(@"\b(?<format>json|xml|yaml|csv|plain\s+text)\s+only\b|\bonly\s+(valid\s+)?(?<format>json|xml|yaml|csv|plain\s+text)\b");

    private static readonly Regex Always = Patterns.Create(@"\b(always|must\s+always)\s+(?<verb>[a-z]+)\s+(?<rest>[a-z' ]{1,60})");

    private static readonly Regex Never = Patterns.Create(@"\b(never|do\s+not|don't|must\s+not|mustn't|should\s+not|shouldn't)\s+(ever\s+)?(?<verb>[a-z]+)\s+(?<rest>[a-z' ]{1,60})");

    private static readonly Regex Balance = Patterns.Create(@"\b(but|yet|while|although|though|unless|except)\b");

    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "any", "your", "their", "our", "to", "of", "in", "on", "with", "for", "and", "or", "be", "it", "that", "this", "all", "more", "than",
    };

    public static List<Conflict> Find(MessageOutline outline)
    {
        string text = outline.Text;
        var shortHits = new List<(TextSpan Span, TextSpan Sentence)>();
        var longHits = new List<(TextSpan Span, TextSpan Sentence)>();
        var formatHits = new List<(string Format, TextSpan Span)>();
        var always = new List<(string Key, TextSpan Span)>();
        var never = new List<(string Key, TextSpan Span)>();
        foreach (Sentence parsed in outline.Sentences)
        {
            TextSpan sentence = parsed.Span;
            string s = text.Substring(sentence.Start, sentence.Length);
            if (ShortLength.MatchOrNull(s) is { } sm)
            {
                shortHits.Add((Shift(sentence, sm), sentence));
            }

            if (LongLength.MatchOrNull(s) is { } lm)
            {
                longHits.Add((Shift(sentence, lm), sentence));
            }

            if ((ResponseFormat.MatchOrNull(s) ?? FormatOnly.MatchOrNull(s)) is { } fm && !Vocabulary.IsNegated(parsed.Words, Vocabulary.WordAt(parsed.Words, sentence.Start + fm.Index)))
            {
                formatHits.Add((Normalize(fm.Groups["format"].Value), Shift(sentence, fm)));
            }

            if (Always.MatchOrNull(s) is { } am)
            {
                always.Add((Key(am), Shift(sentence, am)));
            }

            if (Never.MatchOrNull(s) is { } nm)
            {
                never.Add((Key(nm), Shift(sentence, nm)));
            }
        }

        var conflicts = new List<Conflict>();
        foreach (var s in shortHits)
        {
            foreach (var l in longHits)
            {
                bool sameSentence = s.Sentence == l.Sentence;
                if (sameSentence && Balance.IsMatch(text.Substring(s.Sentence.Start, s.Sentence.Length)))
                {
                    continue;
                }

                conflicts.Add(Make(ConflictKind.Length, s.Span, l.Span, text));
                goto lengthDone;
            }
        }

    lengthDone:
        for (int i = 0; i < formatHits.Count; i++)
        {
            for (int j = i + 1; j < formatHits.Count; j++)
            {
                if (formatHits[i].Format != formatHits[j].Format)
                {
                    conflicts.Add(Make(ConflictKind.Format, formatHits[i].Span, formatHits[j].Span, text));
                    i = formatHits.Count;
                    break;
                }
            }
        }

        foreach (var a in always)
        {
            foreach (var n in never)
            {
                if (a.Key.Length > 0 && a.Key == n.Key)
                {
                    conflicts.Add(Make(ConflictKind.AlwaysNever, a.Span, n.Span, text));
                }
            }
        }

        return conflicts;
    }

    private static string Normalize(string format)
    {
        string f = Regex.Replace(format.ToLowerInvariant(), @"\s+", " ");
        return f switch
        {
            "markdown table" or "table" => "table",
            "prose" or "plain text" => "plain text",
            "bulleted list" or "numbered list" => "list",
            _ => f,
        };
    }

    /// <summary>Verb plus the first content word after it: "include disclaimer", "mention competitors".</summary>
    private static string Key(Match m)
    {
        string verb = m.Groups["verb"].Value.ToLowerInvariant();
        foreach (string word in m.Groups["rest"].Value.Split(' '))
        {
            if (word.Length > 0 && !Stopwords.Contains(word))
            {
                return verb + " " + word.ToLowerInvariant();
            }
        }

        return string.Empty;
    }

    private static TextSpan Shift(TextSpan sentence, Match m) => new(sentence.Start + m.Index, m.Length);

    private static Conflict Make(ConflictKind kind, TextSpan first, TextSpan second, string text) =>
        new(kind, first, second, text.Substring(first.Start, first.Length).Trim(), text.Substring(second.Start, second.Length).Trim());
}
