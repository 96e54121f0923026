using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

internal enum RoleKind
{
    /// <summary>"You are a support agent …", "You're an expert …"</summary>
    YouAre,
    /// <summary>"Act as …", "Play the persona of …", "Pretend to be …", "In the voice of …"</summary>
    ActAs,
    /// <summary>"Your role is …", "As an AI assistant, your task …"</summary>
    RoleStatement,
    /// <summary>A Role / Persona / Identity section heading.</summary>
    IdentitySection,
}

internal readonly record struct RoleEvidence(RoleKind Kind, TextSpan Span);

/// <summary>
/// A role is who the model is: "You are …", "Act as …", "Play the persona of …", an identity section. Not "if you are
/// unsure", "you are given …", "can you help me".
/// </summary>
internal static class RoleFinder
{
    /// <summary>What follows "you are" when it is not an identity: "you are given", "you are unsure", "you are to …".</summary>
    private static readonly HashSet<string> NotIdentity = new(System.StringComparer.Ordinal)
    {
        "given", "provided", "presented", "shown", "asked", "going", "about", "able", "unable", "not", "now", "free", "allowed", "expected",
        "required", "supposed", "to", "in", "on", "at", "being", "welcome", "sure", "unsure", "uncertain", "done", "finished", "ready", "here",
        "there", "correct", "wrong", "right", "responsible", "also", "only", "still", "receiving", "reading", "looking", "encouraged", "permitted",
        "prohibited", "forbidden", "instructed", "tasked", "told", "sent", "passed", "helping", "working", "talking", "chatting", "interacting",
    };

    private static readonly HashSet<string> Conditions = new(System.StringComparer.Ordinal) { "if", "when", "whether", "unless", "while", "whenever", "once", "because", "since" };

    private static readonly HashSet<string> IdentityTitles = new(System.StringComparer.Ordinal)
    {
        "role", "persona", "identity", "who you are", "your role", "your persona", "your identity", "about you", "character", "system role",
    };

    public static RoleEvidence? Find(MessageOutline outline)
    {
        foreach (Heading heading in outline.Headings)
        {
            if (IdentityTitles.Contains(heading.Title))
            {
                return new RoleEvidence(RoleKind.IdentitySection, heading.Span);
            }
        }

        foreach (Sentence sentence in outline.Sentences)
        {
            if (!sentence.InExample && Find(sentence.Words) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static RoleEvidence? Find(Word[] w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            string t = w[i].Text;
            if ((t == "you" && w.Is(i + 1, "are")) || t == "you're")
            {
                int next = t == "you're" ? i + 1 : i + 2;
                if (next < w.Length && !Conditional(w, i) && IsIdentity(w, next))
                {
                    return Evidence(RoleKind.YouAre, w, i, next);
                }
            }
            else if (w.Is(i + 1, "as") && !Conditional(w, i)
                && ((t is "act" or "acting" or "roleplay" or "role-play" or "playing")
                    || ((t is "serve" or "speak" or "respond" or "answer") && w.Is(i - 1, "you") && (w.Is(i + 2, "a") || w.Is(i + 2, "an") || w.Is(i + 2, "the")))))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if ((t is "play" or "playing" or "take" or "taking" or "assume" or "adopt") && (w.Is(i + 1, "the") || w.Is(i + 1, "a")) && (w.Is(i + 2, "role") || w.Is(i + 2, "persona") || w.Is(i + 2, "part") || w.Is(i + 2, "character")))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if (t == "pretend" && (w.Is(i + 1, "to") && w.Is(i + 2, "be") || w.Is(i + 1, "you")))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if (t == "voice" && w.Is(i - 1, "the") && w.Is(i - 2, "in") && w.Is(i + 1, "of"))
            {
                return Evidence(RoleKind.ActAs, w, i - 2, i + 1);
            }
            else if (t == "your" && (w.Is(i + 1, "role") || w.Is(i + 1, "persona") || w.Is(i + 1, "identity") || w.Is(i + 1, "name")) && w.Is(i + 2, "is"))
            {
                return Evidence(RoleKind.RoleStatement, w, i, i + 2);
            }
            else if (t == "you" && (w.Is(i + 1, "will") || w.Is(i + 1, "shall")) && (w.Is(i + 2, "act") || w.Is(i + 2, "serve") || w.Is(i + 2, "play")) && !Conditional(w, i))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if (t == "as" && i == 0 && (w.Is(1, "a") || w.Is(1, "an")) && AnyYouWithin(w, 2, 8))
            {
                return Evidence(RoleKind.RoleStatement, w, 0, 2);
            }
            else if (t is "i" && w.Is(i + 1, "want") && w.Is(i + 2, "you") && w.Is(i + 3, "to") && (w.Is(i + 4, "act") || w.Is(i + 4, "be") || w.Is(i + 4, "play")))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 4);
            }
        }

        return null;
    }

    /// <summary>"You are a …", "You are an expert …", "You are ChatGPT": an article, possessive or name after "you are".</summary>
    private static bool IsIdentity(Word[] w, int next)
    {
        Word word = w[next];
        if (NotIdentity.Contains(word.Text))
        {
            return false;
        }

        if (word.Text is "a" or "an" or "the" or "my" or "our" or "their" or "his" or "her" or "one" or "now")
        {
            return !(w.Is(next + 1, "list") || w.Is(next + 1, "set") || w.Is(next + 1, "few") || w.Is(next + 1, "part"));
        }

        return word.Is(WordFlags.Capitalized) || word.Is(WordFlags.TemplateTag) || word.Text.EndsWith("ist", System.StringComparison.Ordinal)
            || word.Text.EndsWith("er", System.StringComparison.Ordinal) || word.Text.EndsWith("or", System.StringComparison.Ordinal)
            || word.Text.EndsWith("ant", System.StringComparison.Ordinal) || word.Text is "expert" or "expert," or "helpful" or "friendly" or "professional" or "senior" or "experienced" or "world-class";
    }

    private static bool Conditional(Word[] w, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (Conditions.Contains(w[k].Text))
            {
                return true;
            }

            if (w[k + 1].Is(WordFlags.ClauseStart))
            {
                break;
            }
        }

        return false;
    }

    private static bool AnyYouWithin(Word[] w, int from, int to)
    {
        for (int k = from; k < w.Length && k <= to; k++)
        {
            if (w[k].Text is "you" or "your")
            {
                return true;
            }
        }

        return false;
    }

    private static RoleEvidence Evidence(RoleKind kind, Word[] w, int from, int to)
    {
        int last = System.Math.Min(to, w.Length - 1);
        return new RoleEvidence(kind, TextSpan.FromBounds(w[from].Span.Start, w[last].Span.End));
    }
}
