using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;

namespace PromptLint.Analysis;

/// <summary>What a format noun names.</summary>
internal enum FormatNoun
{
    None,
    /// <summary>JSON, XML, YAML, CSV, TSV, HTML.</summary>
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
            if (k < index && Negations.Contains(words[k].Text))
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

    /// <summary>The index of the word whose span holds <paramref name="offset"/> (or the next word), for finders that match characters.</summary>
    public static int WordAt(Word[] words, int offset)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (words[k].Span.End > offset)
            {
                return k;
            }
        }

        return words.Length;
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

    public static string Intern(char[] chars, int length) => new(chars, 0, length);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
