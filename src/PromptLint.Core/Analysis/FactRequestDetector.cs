using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>What a fact request asks for: something that changes over time, or something only the organisation knows.</summary>
internal enum FactKind
{
    /// <summary>"the current exchange rate", "the latest version", "the weather today".</summary>
    Current,
    /// <summary>"our refund policy", "the company's opening hours", "Contoso's prices".</summary>
    Organisation,
}

/// <summary>One request for a fact the model cannot know: where (message coordinates), the phrase, and its nouns.</summary>
internal sealed record FactRequest(TextSpan Span, string Phrase, FactKind Kind, IReadOnlyList<string> Nouns);

/// <summary>
/// Finds a sentence that asks the model to state a fact it cannot know from its weights: a request verb ("tell",
/// "quote", "provide", "answer", a question) followed in the same sentence by a noun phrase qualified as current
/// ("current", "latest", "today's", "real-time", "… today") or owned by the organisation ("our policy", "the company's
/// prices", "Contoso's hours"). Precision first: the phrase must not name the prompt's own input ("the current
/// conversation", "the latest commit in the diff", anything "in the transcript" or in a template variable), the
/// request must not be negated, and example regions and quoted dialogue lines are not instructions. Reads the
/// outline's words; linear in the sentence.
/// </summary>
internal static class FactRequestDetector
{
    private const int VerbWindow = 8;
    private const int PhraseWords = 3;

    /// <summary>Verbs that ask the model to state something as fact.</summary>
    private static readonly HashSet<string> RequestVerbs = Set(
        "state", "tell", "give", "provide", "quote", "report", "share", "say", "answer", "inform", "confirm", "list", "mention",
        "explain", "describe", "cite", "advise", "know", "include", "recommend", "suggest", "lookup");

    /// <summary>Question words that make a sentence ending in '?' a request.</summary>
    private static readonly HashSet<string> QuestionWords = Set(
        "what", "what's", "whats", "which", "how", "when", "where", "who", "is", "are", "do", "does", "can", "could");

    /// <summary>Qualifiers before a noun that make it a fact of the moment.</summary>
    private static readonly HashSet<string> CurrentQualifiers = Set(
        "current", "latest", "newest", "today's", "todays", "up-to-date", "real-time", "realtime", "live", "recent", "present-day", "this-week's");

    /// <summary>Adverbs after a noun that make it a fact of the moment ("the price today").</summary>
    private static readonly HashSet<string> CurrentAdverbs = Set("today", "currently", "tonight");

    /// <summary>Nouns an organisation's own facts are named by (its policies, prices, hours, stock, products).</summary>
    private static readonly HashSet<string> OrganisationFactNouns = Set(
        "policy", "policies", "price", "prices", "pricing", "plan", "plans", "fee", "fees", "rate", "rates", "hours", "stock", "inventory",
        "catalog", "catalogue", "menu", "product", "products", "offerings", "services", "terms", "warranty", "warranties", "shipping",
        "delivery", "returns", "refund", "refunds", "availability", "schedule", "locations", "stores", "branches", "discounts",
        "promotions", "opening", "benefits", "procedures", "sla", "slas", "roadmap", "releases", "headcount", "revenue", "sales");

    /// <summary>Organisations whose possessive ("the company's …") names organisation facts.</summary>
    private static readonly HashSet<string> OrganisationPossessives = Set(
        "company's", "companys", "organization's", "organisation's", "business's", "store's", "shop's", "firm's", "brand's", "bank's",
        "restaurant's", "hotel's", "clinic's", "airline's", "school's", "university's", "team's");

    /// <summary>
    /// Nouns that name what the prompt is given (its input or its own working material), not a fact of the world:
    /// "the current conversation", "the latest message", "the current branch".
    /// </summary>
    private static readonly HashSet<string> InputNouns = Set(
        "conversation", "conversations", "chat", "thread", "message", "messages", "input", "inputs", "text", "document", "documents", "doc",
        "file", "files", "code", "codebase", "branch", "diff", "change", "changes", "commit", "commits", "session", "episode", "step", "steps",
        "task", "tasks", "query", "queries", "question", "questions", "request", "requests", "context", "page", "transcript", "feed",
        "design", "environment", "state", "selection", "line", "lines", "user", "users", "turn", "prompt", "instructions", "article", "draft",
        "output", "answer", "response", "summary", "section", "paragraph", "sentence", "list", "directory", "folder", "repository", "repo",
        "situation", "topic", "discussion", "video", "post", "email", "entry", "entries", "log", "logs", "record", "row", "version's",
        "character", "scene", "story", "chapter", "mode", "role", "persona", "speaker", "image", "frame",
        "data", "dataset", "table", "form", "ticket", "issue", "case", "feedback", "review", "reviews",
        "implementation", "approach", "architecture", "behavior", "behaviour", "setup", "configuration", "config", "project", "workspace",
        "editor", "cursor", "terminal", "tab", "window", "screen", "view", "function", "method", "class", "module", "component", "test",
        "tests", "build", "run", "iteration", "attempt", "phase", "stage", "progress", "position", "goal", "focus", "problem");

    /// <summary>Prepositions that tie a phrase to what it is read from ("in the transcript", "of the conversation").</summary>
    private static readonly HashSet<string> SourcePrepositions = Set("in", "from", "within", "of", "on", "inside", "per", "according");

    /// <summary>
    /// The prepositions after which a template variable is the source of the value ("from {{feed}}"); after "of" or "for"
    /// a variable is what the fact is about ("the latest price of {{ticker}}"), and the fact still has to come from somewhere.
    /// </summary>
    private static readonly HashSet<string> VariableSourcePrepositions = Set("in", "from", "within", "inside", "according");

    private static readonly HashSet<string> Determiners = Set(
        "the", "this", "that", "these", "those", "a", "an", "your", "their", "its", "his", "her", "user's", "given", "provided", "above",
        "below", "following", "attached", "supplied", "same", "each", "every", "to");

    /// <summary>Words that open a noun phrase: a trailing "today" qualifies a noun only after one ("the exchange rate today").</summary>
    private static readonly HashSet<string> Articles = Set("the", "a", "an", "your", "their", "our", "its", "his", "her", "my");

    /// <summary>Labels of lines that quote a speaker or one side of an example rather than instruct.</summary>
    private static readonly HashSet<string> DialogueLabels = Set(
        "human", "user", "bot", "assistant", "ai", "customer", "agent", "client", "q", "a", "question", "answer", "input", "output",
        "example", "response", "reply", "me", "you", "model", "system", "student", "teacher", "interviewer", "candidate");

    /// <summary>The first fact request in the outline's sentences that stand outside <paramref name="skip"/> (example regions).</summary>
    public static FactRequest? Find(MessageOutline outline, Func<TextSpan, bool> skip)
    {
        foreach (Sentence sentence in outline.Sentences)
        {
            if (skip(sentence.Span) || IsDialogue(outline, sentence))
            {
                continue;
            }

            if (InSentence(outline, sentence) is { } request)
            {
                return request;
            }
        }

        return null;
    }

    private static bool IsDialogue(MessageOutline outline, Sentence sentence) =>
        outline.LabelAt(sentence.Line) is { } label && DialogueLabels.Contains(label.Label);

    private static FactRequest? InSentence(MessageOutline outline, Sentence sentence)
    {
        Word[] words = sentence.Words;
        bool question = EndsWithQuestionMark(outline.Text, sentence.Span);
        for (int v = 0; v < words.Length; v++)
        {
            bool verb = RequestVerbs.Contains(words[v].Text) || (question && v == 0 && QuestionWords.Contains(words[v].Text));
            if (!verb || Vocabulary.IsNegated(words, v))
            {
                continue;
            }

            for (int m = v + 1; m < words.Length && m <= v + VerbWindow; m++)
            {
                if (words[m].Text == "that" && !question)
                {
                    break; // "mention that in-stock items ship today": the prompt states the fact itself
                }

                if (Phrase(words, v, m) is { } found && !Vocabulary.IsNegated(words, m) && !ReadsFromInput(words, found.End))
                {
                    TextSpan span = TextSpan.FromBounds(words[found.Start].Span.Start, words[found.End - 1].Span.End);
                    return new FactRequest(span, outline.Slice(span), found.Kind, found.Nouns);
                }
            }

            if (question)
            {
                break; // a question's request word is its first
            }
        }

        return null;
    }

    private readonly record struct PhraseAt(int Start, int End, FactKind Kind, string[] Nouns);

    /// <summary>The fact phrase that word <paramref name="m"/> opens or closes, or null.</summary>
    private static PhraseAt? Phrase(Word[] words, int verb, int m)
    {
        string w = words[m].Text;
        if (CurrentQualifiers.Contains(w))
        {
            string[] nouns = NounsAfter(words, m);
            return nouns.Length > 0 && !Any(nouns, InputNouns) ? new PhraseAt(m, m + 1 + nouns.Length, FactKind.Current, nouns) : null;
        }

        if (CurrentAdverbs.Contains(w))
        {
            string[] nouns = NounsBefore(words, verb, m);
            int article = m - nouns.Length - 1;
            bool nounPhrase = article > verb && Articles.Contains(words[article].Text);
            return nouns.Length > 0 && nounPhrase && !Any(nouns, InputNouns) ? new PhraseAt(m - nouns.Length, m + 1, FactKind.Current, nouns) : null;
        }

        if (w == "our" || OrganisationPossessives.Contains(w) || IsProperPossessive(words, m))
        {
            string[] nouns = NounsAfter(words, m);
            return Any(nouns, OrganisationFactNouns) && !Any(nouns, InputNouns) ? new PhraseAt(m, m + 1 + nouns.Length, FactKind.Organisation, nouns) : null;
        }

        return null;
    }

    /// <summary>"Contoso's": a capitalized possessive that does not open the sentence.</summary>
    private static bool IsProperPossessive(Word[] words, int m) =>
        m > 0 && words[m].Is(WordFlags.Capitalized) && !words[m].Is(WordFlags.ClauseStart)
        && words[m].Text.EndsWith("'s", StringComparison.Ordinal) && words[m].Text.Length > 3;

    /// <summary>Up to three content words after <paramref name="m"/>, stopping at a closed-class word, a tag or a clause break.</summary>
    private static string[] NounsAfter(Word[] words, int m)
    {
        var nouns = new List<string>(PhraseWords);
        for (int k = m + 1; k < words.Length && nouns.Count < PhraseWords; k++)
        {
            if (!IsContentWord(words[k]) || words[k].Is(WordFlags.ClauseStart))
            {
                break;
            }

            nouns.Add(words[k].Text);
        }

        return nouns.ToArray();
    }

    /// <summary>Up to three content words right before <paramref name="m"/> and after the verb ("the exchange rate today").</summary>
    private static string[] NounsBefore(Word[] words, int verb, int m)
    {
        int start = m;
        while (start - 1 > verb && m - start < PhraseWords && IsContentWord(words[start - 1]) && !words[start].Is(WordFlags.ClauseStart))
        {
            start--;
        }

        var nouns = new string[m - start];
        for (int k = start; k < m; k++)
        {
            nouns[k - start] = words[k].Text;
        }

        return nouns;
    }

    /// <summary>Words that end a noun phrase: conjunctions, subordinators and prepositions outside the closed classes.</summary>
    private static readonly HashSet<string> PhraseEnders = Set(
        "before", "after", "when", "while", "if", "unless", "until", "since", "because", "whether", "where", "which", "who", "whom",
        "than", "about", "into", "over", "under", "between", "during", "via", "including", "without", "against", "across", "through",
        "then", "only", "also", "too", "exactly", "immediately", "first", "please");

    private static bool IsContentWord(Word word) =>
        !word.Is(WordFlags.TemplateTag) && !PhraseEnders.Contains(word.Text) && !word.Is(WordFlags.Number) && !Vocabulary.IsClosedClass(word.Text) && !Determiners.Contains(word.Text)
        && !RequestVerbs.Contains(word.Text) && !QuestionWords.Contains(word.Text) && !CurrentAdverbs.Contains(word.Text)
        && !SourcePrepositions.Contains(word.Text) && word.Text.Length > 1;

    /// <summary>
    /// Whether the phrase ending at <paramref name="end"/> is read from the prompt's input: a source preposition, then
    /// determiners, then an input noun ("in the transcript") or a template variable it is read from ("from {{feed}}").
    /// </summary>
    private static bool ReadsFromInput(Word[] words, int end)
    {
        for (int k = end; k < words.Length; k++)
        {
            if (!SourcePrepositions.Contains(words[k].Text))
            {
                continue;
            }

            int n = k + 1;
            while (n < words.Length && Determiners.Contains(words[n].Text))
            {
                n++;
            }

            for (int look = n; look < words.Length && look <= n + 2; look++)
            {
                if ((words[look].Is(WordFlags.TemplateTag) && VariableSourcePrepositions.Contains(words[k].Text)) || InputNouns.Contains(words[look].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EndsWithQuestionMark(string text, TextSpan span)
    {
        int i = Math.Min(span.End, text.Length) - 1;
        while (i >= span.Start && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= span.Start && text[i] == '?';
    }

    private static bool Any(string[] words, HashSet<string> set)
    {
        foreach (string w in words)
        {
            if (set.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
