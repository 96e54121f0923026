using System;
using System.Collections.Generic;

namespace PromptLint.Analysis;

/// <summary>Where an answer's content comes from, as far as its words show.</summary>
internal enum AnswerSource
{
    /// <summary>Mostly the input's own words: a summary, an extraction, a rewrite, a label drawn from the text.</summary>
    Transformation,
    /// <summary>Concrete values (prices, quantities with units, dates, codes) the input does not hold, in an answer that mostly does not restate the input.</summary>
    FactLookup,
    /// <summary>Neither: advice, a label, free text with no concrete values of its own.</summary>
    Other,
}

/// <summary>How one answer was judged, with the first value the input did not hold (for the message).</summary>
internal readonly record struct AnswerJudgement(AnswerSource Source, string? FactValue);

/// <summary>
/// Tells a training answer that states facts (values the prompt did not give: "$329", "2.1 kg", "14 March 2025",
/// "NW-1042") from one that transforms its input (most of its words are the input's). A value counts as a fact when it
/// is a price, a number with a unit, a date, a year, a code mixing letters and digits, or a number of two or more
/// digits, and the input (system prompt and user turns) does not contain it. An answer is a fact lookup when it brings
/// more such values than it repeats from the input and is not a near-copy of the input (under 80 % of its content words
/// copied); an answer made mostly (half or more) of its input's words is a transformation. Linear in the texts.
/// </summary>
internal static class AnswerProvenance
{
    /// <summary>Share of an answer's content words found in its input from which it counts as a transformation.</summary>
    public const double TransformationShare = 0.5;

    /// <summary>Share of copied content words from which an answer with new values still counts as a rewrite of its input.</summary>
    public const double FactCopyCeiling = 0.8;

    private static readonly HashSet<string> Units = Set(
        "%", "percent", "day", "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "week", "weeks", "month", "months",
        "year", "years", "kg", "g", "mg", "lb", "lbs", "oz", "cm", "mm", "m", "km", "in", "inch", "inches", "ft", "feet", "mi", "miles",
        "ml", "l", "litre", "litres", "liter", "liters", "gb", "mb", "tb", "kb", "ghz", "mhz", "w", "kw", "kwh", "v", "mah", "mph", "kmh",
        "calories", "kcal", "c", "usd", "eur", "gbp", "dollars", "euros", "pounds", "cents", "points", "seats", "people", "guests", "nights",
        "units", "pieces", "items", "pages", "mbps", "gbps", "°c", "°f", "degrees", "am", "pm");

    private static readonly HashSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly HashSet<string> Stopwords = Set(
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are", "was", "were", "be",
        "been", "it", "its", "this", "that", "these", "those", "you", "your", "we", "our", "i", "my", "me", "they", "their", "he", "she",
        "his", "her", "as", "if", "so", "not", "no", "yes", "can", "will", "would", "should", "could", "do", "does", "did", "has", "have",
        "had", "there", "here", "what", "which", "who", "when", "where", "how", "all", "any", "some", "more", "most", "also", "just",
        "only", "than", "then", "them", "us", "am", "up", "out", "about", "into", "over", "per", "each", "one", "get", "please", "thanks",
        "thank", "hi", "hello", "sure", "yes", "ok", "okay");

    /// <summary>Judges one answer against the text the model was given with it.</summary>
    public static AnswerJudgement Judge(string input, string output)
    {
        List<Token> answer = Tokenize(output);
        if (answer.Count == 0)
        {
            return new AnswerJudgement(AnswerSource.Other, null);
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (Token t in Tokenize(input))
        {
            given.Add(t.Text);
            given.Add(DigitsOf(t.Text));
        }

        int content = 0, copied = 0, newValues = 0, copiedValues = 0;
        string? fact = null;
        for (int i = 0; i < answer.Count; i++)
        {
            Token t = answer[i];
            if (Stopwords.Contains(t.Text))
            {
                continue;
            }

            content++;
            bool known = given.Contains(t.Text) || (IsNumber(t.Text) && given.Contains(DigitsOf(t.Text)));
            bool value = IsFactValue(answer, i);
            copied += known ? 1 : 0;
            copiedValues += known && value ? 1 : 0;
            if (!known && value)
            {
                newValues++;
                fact ??= Value(answer, i);
            }
        }

        // An answer that brings values of its own, more than it repeats, and is not a near-copy of its input states facts
        // ("The plan code is CM-E20" restates the question's words but its value is new); otherwise an answer made mostly
        // of the input's words transforms it.
        if (newValues > 0 && newValues > copiedValues && copied < content * FactCopyCeiling)
        {
            return new AnswerJudgement(AnswerSource.FactLookup, fact);
        }

        return new AnswerJudgement(content > 0 && copied >= content * TransformationShare ? AnswerSource.Transformation : AnswerSource.Other, null);
    }

    /// <summary>A price, a number with a unit, a date or year, a letters-and-digits code, or a number of two or more digits.</summary>
    private static bool IsFactValue(List<Token> tokens, int i)
    {
        string t = tokens[i].Text;
        if (!HasDigit(t))
        {
            return Months.Contains(t) && i + 1 < tokens.Count && IsNumber(tokens[i + 1].Text);
        }

        if (tokens[i].Currency || UnitAfter(tokens, i) || (i > 0 && Months.Contains(tokens[i - 1].Text)))
        {
            return true;
        }

        if (HasLetter(t))
        {
            return t.Length >= 4 || (IsOrdinal(t) && DigitsOf(t).Length >= 2); // "nw-1042", "a7x", "2.1kg", "25th"; not "1st", "2nd"
        }

        return DigitsOf(t).Length >= 2 || t.IndexOf('-') > 0 || t.IndexOf('/') > 0;
    }

    /// <summary>A unit right after the number, or after one more word ("7 business days", "3 working days").</summary>
    private static bool UnitAfter(List<Token> tokens, int i) =>
        (i + 1 < tokens.Count && Units.Contains(tokens[i + 1].Text))
        || (i + 2 < tokens.Count && !HasDigit(tokens[i + 1].Text) && !Stopwords.Contains(tokens[i + 1].Text) && Units.Contains(tokens[i + 2].Text));

    private static string Value(List<Token> tokens, int i)
    {
        Token t = tokens[i];
        string prefix = t.Currency ? t.Symbol.ToString() : string.Empty;
        string unit = i + 1 < tokens.Count && Units.Contains(tokens[i + 1].Text) && HasDigit(t.Text) ? " " + tokens[i + 1].Original : string.Empty;
        return prefix + t.Original + unit;
    }

    private readonly record struct Token(string Text, string Original, bool Currency, char Symbol);

    /// <summary>Words and values: runs of letters and digits, joined by '.', ',', '-', '/' or ':' between two of them; a currency sign before is kept as a flag.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '%' && tokens.Count > 0)
                {
                    tokens.Add(new Token("%", "%", false, '\0'));
                }

                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)))
            {
                i++;
            }

            char symbol = start > 0 ? text[start - 1] : '\0';
            if (symbol == ' ' && start > 1)
            {
                symbol = text[start - 2];
            }

            bool currency = symbol is '$' or '€' or '£' or '¥';
            string original = text.Substring(start, i - start);
            tokens.Add(new Token(original.ToLowerInvariant(), original, currency, symbol));
        }

        return tokens;
    }

    private static bool IsJoiner(char c) => c is '.' or ',' or '-' or '/' or ':' or '\'';

    private static bool HasDigit(string s)
    {
        foreach (char c in s)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(string s) => HasDigit(s) && !HasLetter(s);

    private static bool IsOrdinal(string s) =>
        s.EndsWith("st", StringComparison.Ordinal) || s.EndsWith("nd", StringComparison.Ordinal) || s.EndsWith("rd", StringComparison.Ordinal) || s.EndsWith("th", StringComparison.Ordinal);

    /// <summary>The digits of a value, so "$1,299.00" in the answer matches "1299.00" in the input.</summary>
    private static string DigitsOf(string s)
    {
        var chars = new char[s.Length];
        int n = 0;
        foreach (char c in s)
        {
            if (char.IsDigit(c))
            {
                chars[n++] = c;
            }
        }

        return n == 0 ? s : new string(chars, 0, n);
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
