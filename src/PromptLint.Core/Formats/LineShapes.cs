using System;
using System.Collections.Generic;

namespace PromptLint.Formats;

/// <summary>What one trimmed line of a template looks like: code, YAML, markup, or prose that addresses a model.</summary>
internal static class LineShapes
{
    public static bool IsCode(string line)
    {
        foreach (string prefix in CodePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal) && (line.Length == prefix.Length || prefix[prefix.Length - 1] == ' ' || !char.IsLetterOrDigit(line[prefix.Length])))
            {
                return true;
            }
        }

        if (line.StartsWith("from ", StringComparison.Ordinal) && line.IndexOf(" import ", StringComparison.Ordinal) > 0)
        {
            return true;
        }

        if (line[0] == '@' && line.Length > 1 && char.IsLetter(line[1]) && line.IndexOf(' ') < 0)
        {
            return true; // a decorator
        }

        if (line.EndsWith(";", StringComparison.Ordinal) || line.EndsWith(") {", StringComparison.Ordinal) || line.EndsWith("){", StringComparison.Ordinal)
            || line.EndsWith("):", StringComparison.Ordinal) || line.EndsWith("=>", StringComparison.Ordinal))
        {
            return true;
        }

        if (line.IndexOf("$(", StringComparison.Ordinal) >= 0 || line.IndexOf("${", StringComparison.Ordinal) >= 0
            || line.IndexOf(" && ", StringComparison.Ordinal) >= 0 || line.IndexOf(" || ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        return IsAssignmentOrCall(line);
    }

    /// <summary><c>NAME=value</c> (shell), <c>name = value</c> with an identifier on the left, or a bare call <c>f(x)</c>.</summary>
    private static bool IsAssignmentOrCall(string line)
    {
        int i = 0;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '_' or '.'))
        {
            i++;
        }

        if (i == 0 || i == line.Length)
        {
            return false;
        }

        if (line[i] == '=' && i + 1 < line.Length && line[i + 1] != '=' && line[i + 1] != ' ')
        {
            return true;
        }

        if (string.CompareOrdinal(line, i, " = ", 0, 3) == 0 && line.IndexOf(' ', 0, i) < 0)
        {
            return true;
        }

        return line[i] == '(' && line.EndsWith(")", StringComparison.Ordinal) && line.IndexOf(' ', 0, i) < 0;
    }

    /// <summary>
    /// <c>key: value</c> with a lower-case key. An unindented key followed by several words is a labeled line of
    /// prose (<c>question: What is …</c>), as prompts write their examples, not YAML.
    /// </summary>
    public static bool IsYaml(string line, string trimmed)
    {
        int i = 0;
        if (trimmed.StartsWith("- ", StringComparison.Ordinal))
        {
            i = 2;
            while (i < trimmed.Length && trimmed[i] == ' ')
            {
                i++;
            }
        }

        int keyStart = i;
        if (i < trimmed.Length && trimmed[i] == '$')
        {
            i++;
        }

        if (i >= trimmed.Length || !(char.IsLower(trimmed[i]) || trimmed[i] == '_'))
        {
            return false;
        }

        while (i < trimmed.Length && (char.IsLetterOrDigit(trimmed[i]) || trimmed[i] is '_' or '-' or '.'))
        {
            i++;
        }

        bool keyed = i > keyStart && i < trimmed.Length && trimmed[i] == ':' && (i + 1 == trimmed.Length || trimmed[i + 1] == ' ');
        bool nested = line.Length > 0 && (line[0] == ' ' || line[0] == '\t' || trimmed[0] == '-');
        return keyed && (nested || CountWords(trimmed, i + 1) < 3);
    }

    private static int CountWords(string text, int start)
    {
        int words = 0;
        bool inWord = false;
        for (int i = start; i < text.Length; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>An HTML element line or a Markdown table row.</summary>
    public static bool IsMarkup(string line)
    {
        if (line[0] == '|' && line.IndexOf('|', 1) > 0)
        {
            return true;
        }

        if (line[0] != '<' || line.Length < 3)
        {
            return false;
        }

        if (line.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int i = line[1] == '/' ? 2 : 1;
        int nameStart = i;
        while (i < line.Length && char.IsLetterOrDigit(line[i]))
        {
            i++;
        }

        return i > nameStart && HtmlElements.Contains(line.Substring(nameStart, i - nameStart).ToLowerInvariant());
    }

    public static bool HasWords(string line)
    {
        int letters = 0;
        foreach (char c in line)
        {
            if (char.IsLetter(c) && ++letters >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Hi {{ name }},</c> / <c>Dear customer,</c>: a greeting to a person that ends with a comma.</summary>
    public static bool IsSalutation(string line)
    {
        if (!line.EndsWith(",", StringComparison.Ordinal) || line.Length > 80)
        {
            return false;
        }

        int wordEnd = 0;
        while (wordEnd < line.Length && char.IsLetter(line[wordEnd]))
        {
            wordEnd++;
        }

        return line.Substring(0, wordEnd).ToLowerInvariant() is "hi" or "hello" or "dear" or "hey" or "greetings";
    }

    /// <summary>A sentence that starts with an instruction verb, a question, or words to "you".</summary>
    public static bool Instructs(string line)
    {
        if (line.EndsWith("?", StringComparison.Ordinal))
        {
            return true;
        }

        bool sentenceStart = true;
        int i = 0;
#if NET
        Span<char> lowered = stackalloc char[LongestListedWord];
#endif
        while (i < line.Length)
        {
            char c = line[i];
            if (!char.IsLetter(c) && c != '\'')
            {
                if (c is '.' or '!' or '?' or ':' or ';')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            int wordStart = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] == '\''))
            {
                i++;
            }

#if NET
            // Every word of every line is looked up: lowered into a buffer, never copied into a string. A word longer
            // than any listed one cannot be listed (lowering keeps the length: words hold no surrogates).
            int length = i - wordStart;
            if (length <= LongestListedWord)
            {
                Span<char> word = lowered.Slice(0, length);
                for (int n = 0; n < length; n++)
                {
                    word[n] = char.ToLowerInvariant(line[wordStart + n]);
                }

                if (SecondPersonLookup.Contains(word) || AboutModelsLookup.Contains(word) || (sentenceStart && InstructionVerbsLookup.Contains(word)))
                {
                    return true;
                }
            }
#else
            string word = line.Substring(wordStart, i - wordStart).ToLowerInvariant();
            if (SecondPerson.Contains(word) || AboutModels.Contains(word) || (sentenceStart && InstructionVerbs.Contains(word)))
            {
                return true;
            }
#endif

            sentenceStart = false;
        }

        return false;
    }

    private static readonly string[] CodePrefixes =
    {
        "#!", "def ", "class ", "import ", "return ", "echo ", "export ", "set -", "cd ", "pip ", "python ", "python3 ", "sed ",
        "mv ", "rm ", "mkdir ", "cp ", "pkill ", "sleep ", "trap ", "exec ", "source ", "npm ", "dotnet ", "curl ", "chmod ",
        "sudo ", "apt-get ", "if [", "if (", "elif ", "fi", "done", "esac", "then", "else:", "try:", "except", "raise ",
        "var ", "const ", "let ", "function ", "public ", "private ", "internal ", "using ", "namespace ", "package ",
        "FROM ", "RUN ", "COPY ", "ENV ", "WORKDIR ", "CMD ", "ENTRYPOINT ", "EXPOSE ", "ARG ", "ADD ", "LABEL ", "VOLUME ",
        "//", "/*", "*/",
    };

    private static readonly HashSet<string> HtmlElements = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "div", "span", "p", "a", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "script",
        "style", "link", "meta", "title", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "img", "form", "button", "nav",
        "footer", "header", "main", "article", "aside", "label", "select", "option", "textarea", "iframe", "svg", "path",
        "b", "i", "strong", "em", "code", "pre", "small", "center", "font",
    };

    private static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal)
    {
        "you", "your", "you're", "yourself", "you'll",
    };

    private static readonly HashSet<string> AboutModels = new(StringComparer.Ordinal)
    {
        "assistant", "chatbot", "llm",
    };

    private static readonly HashSet<string> InstructionVerbs = new(StringComparer.Ordinal)
    {
        "act", "analyse", "analyze", "answer", "ask", "assess", "assist", "avoid", "brainstorm", "calculate", "check",
        "choose", "classify", "compare", "compose", "consider", "convert", "correct", "create", "critique", "decide",
        "describe", "detect", "determine", "don't", "do", "draft", "ensure", "evaluate", "explain", "extract", "fill",
        "find", "focus", "follow", "generate", "give", "given", "grade", "greet", "help", "identify", "imagine",
        "improve", "include", "infer", "invent", "judge", "keep", "label", "let's", "list", "make", "never", "only",
        "output", "paraphrase", "please", "predict", "pretend", "produce", "provide", "rate", "read", "recommend",
        "reference", "rephrase", "repeat", "reply", "respond", "return", "review", "rewrite", "say", "score", "select",
        "share", "simplify", "solve", "suggest", "summarise", "summarize", "tell", "think", "translate", "use",
        "verify", "write",
    };

#if NET
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondPersonLookup = SecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AboutModelsLookup = AboutModels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstructionVerbsLookup = InstructionVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestListedWord = Math.Max(Math.Max(Longest(SecondPerson), Longest(AboutModels)), Longest(InstructionVerbs));

    private static int Longest(HashSet<string> words)
    {
        int longest = 0;
        foreach (string word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }
#endif
}
