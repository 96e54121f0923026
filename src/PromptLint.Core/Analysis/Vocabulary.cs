using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;

namespace PromptLint.Analysis;

/// <summary>What a format noun names.</summary>
internal enum FormatNoun
{
    None,
    /// <summary>JSON, XML, YAML, CSV, TSV, HTML and named notations (diff, Mermaid, Gherkin, LaTeX …).</summary>
    DataFormat,
    /// <summary>A table, a Markdown table.</summary>
    Table,
    /// <summary>A bulleted, numbered or comma-separated list, bullet points.</summary>
    List,
    /// <summary>An array, object, dictionary, key-value pairs.</summary>
    Structure,
    /// <summary>A schema, template, form.</summary>
    Template,
    /// <summary>Code, SQL, a query, a regex, a command.</summary>
    Code,
}

/// <summary>The one vocabulary every finder shares: output verbs, format nouns, structural units, count words, negations.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// Closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries, greetings): a capitalized
    /// sentence that opens with any other word opens with a verb in the imperative ("Be brief.", "Tell a joke."),
    /// while "This is the system prompt." or "Hello from the fixture" describe or greet.
    /// </summary>
    private static readonly HashSet<string> ClosedClassOpeners = Set(
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "i", "i'm", "we", "he", "she", "they", "there", "here",
        "my", "our", "his", "her", "their", "some", "any", "each", "every", "no", "all", "and", "but", "or", "so", "of", "in",
        "on", "at", "for", "from", "to", "with", "by", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "not", "hello", "hi", "hey", "dear", "thanks", "welcome", "yes", "ok");

    public static bool IsClosedClass(string word) => ClosedClassOpeners.Contains(word);

    /// <summary>A sentence that opens with a capitalized word outside the closed classes: an imperative.</summary>
    public static bool OpensImperative(Word[] words) =>
        words.Length > 1 && words[0].Is(WordFlags.Capitalized) && !words[0].Is(WordFlags.AllCaps) && !words[0].Is(WordFlags.TemplateTag)
        && words[0].Text.Length > 1 && !IsClosedClass(words[0].Text);

    /// <summary>Verbs that ask for the answer: "respond", "return", "output", "format", "give", …</summary>
    public static readonly HashSet<string> OutputVerbs = Set(
        "respond", "responds", "reply", "replies", "answer", "return", "returns", "output", "outputs", "format", "formatted",
        "produce", "emit", "write", "structure", "structured", "present", "provide", "generate", "render", "print", "deliver",
        "give", "send", "use", "using", "express", "extract", "back", "list", "summarize", "summarise", "rewrite", "translate", "reformat", "wrap");

    /// <summary>Nouns that stand for the answer itself: "the output", "your response", …</summary>
    public static readonly HashSet<string> OutputNouns = Set(
        "output", "outputs", "response", "responses", "answer", "answers", "reply", "replies", "result", "results", "verdict", "completion");

    private static readonly Dictionary<string, FormatNoun> FormatNouns = new(StringComparer.Ordinal)
    {
        ["json"] = FormatNoun.DataFormat, ["jsonl"] = FormatNoun.DataFormat, ["xml"] = FormatNoun.DataFormat, ["yaml"] = FormatNoun.DataFormat,
        ["yml"] = FormatNoun.DataFormat, ["csv"] = FormatNoun.DataFormat, ["tsv"] = FormatNoun.DataFormat, ["html"] = FormatNoun.DataFormat,
        // Named notations an answer can be written in: a unified diff, a Mermaid or PlantUML diagram, Gherkin, LaTeX, TOML, SVG.
        ["diff"] = FormatNoun.DataFormat, ["mermaid"] = FormatNoun.DataFormat, ["plantuml"] = FormatNoun.DataFormat, ["gherkin"] = FormatNoun.DataFormat,
        ["latex"] = FormatNoun.DataFormat, ["toml"] = FormatNoun.DataFormat, ["svg"] = FormatNoun.DataFormat,
        ["table"] = FormatNoun.Table, ["tables"] = FormatNoun.Table,
        ["bullet"] = FormatNoun.List, ["bullets"] = FormatNoun.List, ["bulleted"] = FormatNoun.List, ["numbered"] = FormatNoun.List,
        ["checklist"] = FormatNoun.List, ["comma-separated"] = FormatNoun.List, ["newline-separated"] = FormatNoun.List,
        ["array"] = FormatNoun.Structure, ["object"] = FormatNoun.Structure, ["dictionary"] = FormatNoun.Structure, ["key-value"] = FormatNoun.Structure,
        ["key/value"] = FormatNoun.Structure, ["schema"] = FormatNoun.Template, ["template"] = FormatNoun.Template,
        ["sql"] = FormatNoun.Code, ["code"] = FormatNoun.Code, ["query"] = FormatNoun.Code, ["regex"] = FormatNoun.Code,
    };

    /// <summary>Units a structural length counts: "in one sentence", "under 50 words", "exactly one joke".</summary>
    public static readonly HashSet<string> Units = Set(
        "sentence", "sentences", "paragraph", "paragraphs", "word", "words", "line", "lines", "bullet", "bullets", "point", "points",
        "item", "items", "joke", "jokes", "haiku", "haikus", "tweet", "tweets", "question", "questions", "title", "titles", "keyword",
        "keywords", "keyphrase", "keyphrases", "tag", "tags", "option", "options", "idea", "ideas", "suggestion", "suggestions",
        "statement", "statements", "character", "characters", "emoji", "emojis", "section", "sections", "heading", "headings", "row",
        "rows", "column", "columns", "stanza", "stanzas", "verse", "verses", "reason", "reasons", "tip", "tips", "name", "names",
        "phrase", "phrases", "label", "labels", "number", "numbers", "integer", "letter", "letters", "digit", "digits", "poem", "story");

    /// <summary>Nouns that name a single short answer: "answer only", "only the number".</summary>
    public static readonly HashSet<string> AnswerNouns = Set(
        "answer", "code", "label", "labels", "number", "name", "word", "sql", "query", "json", "category", "letter", "score", "scores",
        "value", "id", "url", "emoji", "verdict", "result", "integer", "string", "text", "sentence", "list", "array", "object", "yaml",
        "xml", "csv", "title", "command", "regex", "rating", "option", "choice", "classification", "translation", "summary", "output");

    public static readonly HashSet<string> Negations = Set(
        "not", "never", "no", "don't", "dont", "doesn't", "avoid", "without", "nor", "neither", "mustn't", "shouldn't", "cannot", "can't",
        "won't", "isn't", "aren't", "refrain", "instead");

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["single"] = 1, ["twenty"] = 20, ["fifty"] = 50, ["hundred"] = 100, ["dozen"] = 12,
    };

    /// <summary>Words that limit a count: "in one sentence", "under 50 words", "at most three bullets".</summary>
    public static readonly HashSet<string> LengthPrepositions = Set(
        "in", "with", "of", "under", "within", "exactly", "most", "than", "to", "max", "maximum", "about", "around", "approximately",
        "only", "just", "top", "into", "as", "single", "least", "between");

    public static FormatNoun FormatNounOf(string word) => FormatNouns.TryGetValue(word, out FormatNoun kind) ? kind : FormatNoun.None;

    /// <summary>A count: a digit string, a number word, or a template tag ("{{$length}} sentences").</summary>
    public static bool IsCount(Word word) =>
        word.Is(WordFlags.Number) || word.Is(WordFlags.TemplateTag) || NumberWords.ContainsKey(word.Text);

    /// <summary>
    /// The one negation rule: a word is negated when a negation ("not", "never", "no", "without", "avoid", …) stands
    /// among the four words before it in the same clause.
    /// </summary>
    public static bool IsNegated(Word[] words, int index)
    {
        for (int k = index; k >= 0 && k >= index - 4; k--)
        {
            if (k < index && words[k].Has(WordKind.Negation))
            {
                return true;
            }

            if (words[k].Is(WordFlags.ClauseStart))
            {
                break;
            }
        }

        return false;
    }

    public static bool Is(this Word[] words, int index, string text) => index >= 0 && index < words.Length && words[index].Text == text;

    public static bool IsAny(this Word[] words, int index, HashSet<string> set) => index >= 0 && index < words.Length && set.Contains(words[index].Text);

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>Every word the vocabulary knows, with its classes; filled after the sets above.</summary>
    private static readonly InternTable Known = BuildKnown();

    /// <summary>The word as a string (the vocabulary's own instance when it knows the word, so no allocation) and its classes.</summary>
    public static string Intern(char[] chars, int length, out WordKind kind) => Known.Get(chars, length, out kind) ?? NewWord(chars, length, out kind);

    private const int RecentWordSlots = 1024; // a power of two
    private const int MaxRecentWordLength = 24;

    /// <summary>
    /// Words the vocabulary does not know, as last made on this thread, one per hash slot: a prompt repeats its own
    /// words (names, nouns of its task, its examples), so most of them need no new string. Per thread, because the
    /// analyzer builds outlines on several threads; bounded, so a thread keeps at most a few tens of KB.
    /// </summary>
    [ThreadStatic]
    private static string?[]? _recentWords;

    private static string NewWord(char[] chars, int length, out WordKind kind)
    {
        kind = WordKind.None;
        if (length > MaxRecentWordLength)
        {
            return new string(chars, 0, length);
        }

        string?[] recent = _recentWords ??= new string?[RecentWordSlots];
        int slot = (int)(Hash(chars, length) & (RecentWordSlots - 1));
        if (recent[slot] is { } seen && SameChars(seen, chars, length))
        {
            return seen;
        }

        return recent[slot] = new string(chars, 0, length);
    }

    private static uint Hash(char[] chars, int length)
    {
        uint hash = 2166136261;
        for (int i = 0; i < length; i++)
        {
            hash = (hash ^ chars[i]) * 16777619;
        }

        return hash;
    }

    private static bool SameChars(string word, char[] chars, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            if (word[i] != chars[i])
            {
                return false;
            }
        }

        return true;
    }

    private static InternTable BuildKnown()
    {
        var table = new InternTable();
        void AddAll(IEnumerable<string> words, WordKind kind)
        {
            foreach (string w in words)
            {
                table.Add(w, kind);
            }
        }

        AddAll(OutputVerbs, WordKind.OutputVerb);
        AddAll(OutputNouns, WordKind.OutputNoun | WordKind.FormatTrigger);
        AddAll(Negations, WordKind.Negation);
        AddAll(FormatNouns.Keys, WordKind.FormatNoun | WordKind.FormatTrigger);
        AddAll(Units, WordKind.Unit);
        AddAll(AnswerNouns, WordKind.AnswerNoun);
        AddAll(NumberWords.Keys, WordKind.CountWord | WordKind.FormatTrigger);
        AddAll(LengthPrepositions, WordKind.LengthPreposition);
        AddAll(Finders.FormatSignals.TriggerWords, WordKind.FormatTrigger);
        AddAll(ConflictDetector.TriggerWords, WordKind.ConflictTrigger);
        AddAll(new[]
        {
            "the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "is", "are", "be", "it", "that", "this", "you", "your", "with", "as", "by",
            "if", "at", "from", "will", "can", "should", "must", "all", "any", "each", "not", "do", "user", "question", "context", "text", "i", "we",
            "they", "their", "what", "which", "who", "when", "how", "about", "into", "than", "then", "so", "but", "there", "here", "has", "have",
        }, WordKind.None);
        return table;
    }

    /// <summary>A small open-addressing table keyed by characters, so looking a word up needs no string.</summary>
    private sealed class InternTable
    {
        private string?[] _words = new string?[1024];
        private WordKind[] _kinds = new WordKind[1024];
        private int _count;

        public void Add(string word, WordKind kind)
        {
            if ((_count + 1) * 2 > _words.Length)
            {
                Grow();
            }

            int slot = Slot(word.ToCharArray(), word.Length);
            if (_words[slot] is null)
            {
                _words[slot] = word;
                _count++;
            }

            _kinds[slot] |= kind;
        }

        public string? Get(char[] chars, int length, out WordKind kind)
        {
            int slot = Slot(chars, length);
            kind = _kinds[slot];
            return _words[slot];
        }

        private int Slot(char[] chars, int length)
        {
            int mask = _words.Length - 1;
            int slot = (int)(Hash(chars, length) & (uint)mask);
            while (_words[slot] is { } existing && !SameChars(existing, chars, length))
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private void Grow()
        {
            string?[] words = _words;
            WordKind[] kinds = _kinds;
            _words = new string?[words.Length * 2];
            _kinds = new WordKind[words.Length * 2];
            _count = 0;
            for (int i = 0; i < words.Length; i++)
            {
                if (words[i] is { } w)
                {
                    Add(w, kinds[i]);
                }
            }
        }
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
