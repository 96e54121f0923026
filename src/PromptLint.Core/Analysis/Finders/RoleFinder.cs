using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

internal enum RoleKind
{
    /// <summary>"You are a support agent …", "You're an expert …", "… as if you were Ada Lovelace"</summary>
    YouAre,
    /// <summary>"Act as …", "Play the persona of …", "Adopt the mindset of …", "Pretend to be …", "In the role / voice / shoes of …"</summary>
    ActAs,
    /// <summary>"Your role is …", "As an AI assistant, your task …", "You, as a senior engineer, …"</summary>
    RoleStatement,
    /// <summary>A Role / Persona / Identity section whose first sentence names who, not what to do ("# Role\nSenior SQL reviewer.").</summary>
    IdentitySection,
    /// <summary>A <c>&lt;role&gt;</c> / <c>&lt;persona&gt;</c> element with content (POML's role component).</summary>
    RoleElement,
    /// <summary>"This GPT, named X, is …", "X is an assistant that …", "The agent is an expert …"</summary>
    ThirdPerson,
    /// <summary>"I am your writing assistant", "I'm an AI tutor"</summary>
    FirstPerson,
    /// <summary>"You are in Azure Principal Architect mode": a mode named for a person (not "you are in planning mode").</summary>
    PersonaMode,
}

internal readonly record struct RoleEvidence(RoleKind Kind, TextSpan Span);

/// <summary>
/// A role is who the model is, stated in the second, third or first person: "You are …", "Act as …", "Your role is …",
/// "This GPT, named X, is …", "X is an assistant that …", "I am your …", a role element, an identity section with an
/// identity in it. Not a task ("You create …", "You are tasked with …"), a mode ("you are in planning mode", "you are
/// now in review mode"), a title alone, "if you are unsure", "you are given …", "can you help me".
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

    /// <summary>Nouns for the model itself, as the subject of a third-person role or the complement of a first-person one.</summary>
    private static readonly HashSet<string> ModelNouns = new(System.StringComparer.Ordinal)
    {
        "assistant", "agent", "bot", "chatbot", "ai", "gpt", "copilot", "model", "llm", "persona", "character", "expert", "specialist",
        "tutor", "coach", "advisor", "adviser", "consultant", "companion", "guide",
    };

    /// <summary>"in the role / persona / shoes / voice of …": the model speaks from someone's place.</summary>
    private static readonly HashSet<string> InTheShoesOf = new(System.StringComparer.Ordinal) { "role", "persona", "character", "voice", "shoes", "guise" };

    private static readonly HashSet<string> RoleNouns = new(System.StringComparer.Ordinal) { "role", "persona", "identity", "name", "character" };

    public static RoleEvidence? Find(MessageOutline outline, ExampleRegions examples)
    {
        foreach (Element element in outline.Elements)
        {
            if (element.Name is "role" or "persona" && HasWords(outline.Message.Text, element.Body))
            {
                return new RoleEvidence(RoleKind.RoleElement, element.Whole);
            }
        }

        foreach (LabeledLine label in outline.Labels)
        {
            if (label.Label is "role" or "persona" or "identity" or "your role" && label.ValueIsStatic && !label.ValueIsEmpty && !label.MentionsExample)
            {
                return new RoleEvidence(RoleKind.IdentitySection, label.Value);
            }
        }

        foreach (Sentence sentence in outline.Sentences)
        {
            if (!examples.Holds(sentence) && Find(sentence.Words, outline.IsInstruction) is { } found)
            {
                return found;
            }
        }

        foreach (Heading heading in outline.Headings)
        {
            if (IsIdentityTitle(heading.Title) && FirstSentenceIn(outline, heading) is { } first && NamesWho(first))
            {
                return new RoleEvidence(RoleKind.IdentitySection, heading.Span);
            }
        }

        return null;
    }

    private static bool IsIdentityTitle(string title)
    {
        if (IdentityTitles.Contains(title))
        {
            return true;
        }

        foreach (string word in title.Split(' '))
        {
            if (word is "role" or "persona" or "identity")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of the section's first sentence after the heading itself, or null when the section has none.</summary>
    private static string? FirstSentenceIn(MessageOutline outline, Heading heading)
    {
        foreach (Sentence sentence in outline.Sentences)
        {
            if (sentence.Line >= heading.Line && sentence.Line < heading.SectionEnd && sentence.Span.End > heading.Span.End)
            {
                int start = System.Math.Max(sentence.Span.Start, heading.Span.End);
                string text = outline.Message.Text.Substring(start, sentence.Span.End - start).Trim();
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>A section's first sentence names who the model is when it neither instructs nor speaks to "you" (a task).</summary>
    private static bool NamesWho(string first)
    {
        string opener = first.Split(' ')[0].ToLowerInvariant();
        return !Formats.LineShapes.Instructs(first) && opener is not ("i" or "the" or "this");
    }

    private static bool HasWords(string text, TextSpan body)
    {
        for (int i = body.Start; i < body.End && i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static RoleEvidence? Find(Word[] w, bool inInstructions)
    {
        for (int i = 0; i < w.Length; i++)
        {
            string t = w[i].Text;
            if (ThirdPerson(w, i) is { } third)
            {
                return third;
            }

            if (inInstructions && FirstPerson(w, i) is { } first)
            {
                return first;
            }

            if ((t == "you" && (w.Is(i + 1, "are") || (w.Is(i + 1, "were") && AsIf(w, i - 1)))) || t == "you're")
            {
                int next = t == "you're" ? i + 1 : i + 2;
                if (next < w.Length && !Conditional(w, i) && IsIdentity(w, next))
                {
                    return Evidence(RoleKind.YouAre, w, i, next);
                }

                if (w.Is(next, "in") && !Conditional(w, i) && ModeNamedForSomeone(w, next + 1) is int mode)
                {
                    return Evidence(RoleKind.PersonaMode, w, i, mode);
                }
            }
            else if ((w.Is(i + 1, "as") || (w.Is(i + 1, "like") && t is "act" or "behave")) && !Conditional(w, i)
                && ((t is "act" or "acting" or "roleplay" or "role-play" or "playing" or "operate" or "operating" or "function" or "behave")
                    || ((t is "serve" or "speak" or "respond" or "answer") && w.Is(i - 1, "you") && (w.Is(i + 2, "a") || w.Is(i + 2, "an") || w.Is(i + 2, "the")))))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if ((t is "play" or "playing" or "take" or "taking" or "assume" or "adopt" or "embody") && TakesOnRole(w, w.Is(i + 1, "on") ? i + 2 : i + 1) is int roleNoun)
            {
                return Evidence(RoleKind.ActAs, w, i, roleNoun);
            }
            else if (t == "pretend" && (w.Is(i + 1, "to") && w.Is(i + 2, "be") || w.Is(i + 1, "you")))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if (t == "in" && w.Is(i + 1, "the") && i + 2 < w.Length && InTheShoesOf.Contains(w[i + 2].Text) && w.Is(i + 3, "of"))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 3);
            }
            else if (t == "your" && RoleNounAfter(w, i + 1) is int noun && (w.Is(noun + 1, "is") || w.Is(noun + 1, "as")))
            {
                return Evidence(RoleKind.RoleStatement, w, i, noun + 1);
            }
            else if (t == "you" && (w.Is(i + 1, "will") || w.Is(i + 1, "shall")) && (w.Is(i + 2, "act") || w.Is(i + 2, "serve") || w.Is(i + 2, "play")) && !Conditional(w, i))
            {
                return Evidence(RoleKind.ActAs, w, i, i + 2);
            }
            else if (t == "as" && w.Is(i - 1, "you") && (w.Is(i + 1, "a") || w.Is(i + 1, "an") || w.Is(i + 1, "the") || NamedSubject(w, i + 1)))
            {
                return Evidence(RoleKind.RoleStatement, w, i - 1, i + 2);
            }
            else if (t == "as" && (i == 0 || w[i].Is(WordFlags.Capitalized)) && (w.Is(i + 1, "a") || w.Is(i + 1, "an") || w.Is(i + 1, "the") || NamedSubject(w, i + 1)) && AnyYouWithin(w, i + 2, i + 8))
            {
                return Evidence(RoleKind.RoleStatement, w, i, i + 2);
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
        if (word.Text == "now")
        {
            return next + 1 < w.Length && IsIdentity(w, next + 1); // "you are now a captain", not "you are now in review mode"
        }

        if (NotIdentity.Contains(word.Text))
        {
            return false;
        }

        if (word.Text is "a" or "an" or "the" or "my" or "our" or "their" or "his" or "her" or "one")
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
            if (Conditions.Contains(w[k].Text) && !(w[k].Text is "if" && w.Is(k - 1, "as")))
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

    /// <summary>"This GPT, named X, is …", "The agent is a …", "Nova is an assistant that …": a subject that is the model, then "is" and a role.</summary>
    private static RoleEvidence? ThirdPerson(Word[] w, int i)
    {
        int verb;
        if ((w[i].Text is "this" or "the") && i + 1 < w.Length && ModelNouns.Contains(w[i + 1].Text) && i == SentenceStartOf(w, i))
        {
            verb = SkipNamedClause(w, i + 2);
            if (w.Is(verb, "is") && verb + 1 < w.Length && (w.Is(verb + 1, "a") || w.Is(verb + 1, "an")) && IsIdentity(w, verb + 1))
            {
                return Evidence(RoleKind.ThirdPerson, w, i, verb + 1); // the subject is the model: "The assistant is a careful reviewer"
            }
        }
        else if (NamedSubject(w, i) && i == SentenceStartOf(w, i) && !w[i].Is(WordFlags.Quoted))
        {
            verb = i + 1;
        }
        else
        {
            return null;
        }

        if (!w.Is(verb, "is") || !(w.Is(verb + 1, "a") || w.Is(verb + 1, "an") || w.Is(verb + 1, "your")))
        {
            return null;
        }

        for (int k = verb + 2; k < w.Length && k <= verb + 5; k++)
        {
            if (ModelNouns.Contains(w[k].Text))
            {
                return Evidence(RoleKind.ThirdPerson, w, i, k);
            }
        }

        return null;
    }

    /// <summary>"I am your …", "I'm an AI …": the model introduces itself (only in the instructions, never in a user turn).</summary>
    private static RoleEvidence? FirstPerson(Word[] w, int i)
    {
        int next = w[i].Text == "i'm" ? i + 1 : w[i].Text == "i" && w.Is(i + 1, "am") ? i + 2 : -1;
        if (next < 0 || i != SentenceStartOf(w, i) || !(w.Is(next, "your") || w.Is(next, "a") || w.Is(next, "an")))
        {
            return null;
        }

        for (int k = next + 1; k < w.Length && k <= next + 4; k++)
        {
            if (ModelNouns.Contains(w[k].Text))
            {
                return Evidence(RoleKind.FirstPerson, w, i, k);
            }
        }

        return null;
    }

    /// <summary>A capitalized name or a template tag standing as a subject ("Nova", "{{name}}"), not a closed-class word.</summary>
    private static bool NamedSubject(Word[] w, int i) =>
        i < w.Length && (w[i].Is(WordFlags.TemplateTag) || (w[i].Is(WordFlags.Capitalized) && !w[i].Is(WordFlags.AllCaps) && !Vocabulary.IsClosedClass(w[i].Text)));

    /// <summary>Index of the word that starts the clause holding <paramref name="i"/>: 0, or the word after a clause break.</summary>
    private static int SentenceStartOf(Word[] w, int i) => i == 0 || w[i].Is(WordFlags.Capitalized) || w[i].Is(WordFlags.ClauseStart) ? i : -1;

    /// <summary>Skips ", named X," after a subject: returns the index of the word after it.</summary>
    private static int SkipNamedClause(Word[] w, int k)
    {
        if (w.Is(k, "named") || w.Is(k, "called"))
        {
            k++;
            while (k < w.Length && !w[k].Is(WordFlags.ClauseStart) && w[k].Text != "is")
            {
                k++;
            }
        }

        return k;
    }

    /// <summary>"(take on) the role / a persona / the part / the character", "(adopt) the mindset of …": the index of the noun.</summary>
    private static int? TakesOnRole(Word[] w, int det)
    {
        if (!(w.Is(det, "the") || w.Is(det, "a")))
        {
            return null;
        }

        bool roleNoun = w.Is(det + 1, "role") || w.Is(det + 1, "persona") || w.Is(det + 1, "part") || w.Is(det + 1, "character");
        bool someonesNoun = (w.Is(det + 1, "mindset") || w.Is(det + 1, "mantle") || w.Is(det + 1, "identity")) && w.Is(det + 2, "of")
            && (w.Is(det + 3, "a") || w.Is(det + 3, "an") || w.Is(det + 3, "the") || NamedSubject(w, det + 3)); // someone's, not "of continuous improvement"
        return roleNoun || someonesNoun ? det + 1 : null;
    }

    /// <summary>
    /// "in Azure Principal Architect mode", "in mentor mode": a mode named for a person casts the model as that person;
    /// "in planning mode" / "in critical thinking mode" name an activity and stay a mode. The index of "mode", or null.
    /// </summary>
    private static int? ModeNamedForSomeone(Word[] w, int from)
    {
        bool person = false;
        for (int k = from; k < w.Length && k <= from + 6; k++)
        {
            if (w[k].Text == "mode")
            {
                return person ? k : null;
            }

            if (k > from && Vocabulary.IsClosedClass(w[k].Text))
            {
                return null; // the noun phrase before "mode" ended: "in a sandbox with the compiler in strict mode"
            }

            person |= IsAgentNoun(w[k].Text);
        }

        return null;
    }

    private static bool IsAgentNoun(string word) =>
        word is "architect" or "expert" or "engineer" || (word.Length > 4 && !word.EndsWith("ing", System.StringComparison.Ordinal)
            && (word.EndsWith("er", System.StringComparison.Ordinal) || word.EndsWith("or", System.StringComparison.Ordinal) || word.EndsWith("ist", System.StringComparison.Ordinal) || word.EndsWith("ian", System.StringComparison.Ordinal)));

    /// <summary>"as if" / "as though" ending at <paramref name="k"/>: a counterfactual that casts the model ("as if you were Ada").</summary>
    private static bool AsIf(Word[] w, int k) => (w.Is(k, "if") || w.Is(k, "though")) && w.Is(k - 1, "as");

    private static int? RoleNounAfter(Word[] w, int k)
    {
        for (int j = k; j < w.Length && j <= k + 2; j++)
        {
            if (RoleNouns.Contains(w[j].Text))
            {
                return j;
            }
        }

        return null;
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
