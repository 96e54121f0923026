using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>
/// Finds worked examples. Structural: a user turn answered by an assistant turn before the final user
/// turn. Textual, inside the instructions: <c>&lt;example&gt;</c> blocks; paired labels on consecutive lines
/// (<c>Input:</c>/<c>Output:</c>, <c>Q:</c>/<c>A:</c>, <c>Text:</c>/<c>Label:</c>, or any label pair that repeats);
/// arrow lines (<c>"…" -&gt; label</c>) under an "Examples" heading.
/// </summary>
internal static class ExampleDetector
{
    private static readonly HashSet<string> InputLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "input", "q", "question", "user", "human", "customer", "text", "review", "message", "query", "sentence", "email",
        "ticket", "request", "prompt", "english", "source", "article", "comment", "tweet", "description", "code", "problem",
        "post", "headline", "utterance", "complaint", "document", "passage", "title", "product", "snippet", "log", "issue",
        "before", "original", "draft", "statement", "claim", "example input", "sample input", "user input", "user message",
        "customer message", "transcript", "note", "notes", "task", "item", "name", "address", "feedback", "phrase", "word",
    };

    private static readonly HashSet<string> OutputLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "output", "a", "answer", "assistant", "ai", "bot", "agent", "label", "labels", "sentiment", "category", "categories",
        "response", "reply", "classification", "result", "summary", "translation", "french", "spanish", "german", "italian",
        "portuguese", "japanese", "chinese", "sql", "json", "intent", "tags", "tag", "rewrite", "rewritten", "corrected",
        "after", "expected", "expected output", "example output", "sample output", "assistant response", "your answer",
        "verdict", "score", "rating", "priority", "topic", "entities", "keywords", "fixed", "improved", "polished", "class",
        "emotion", "tone", "language", "chatbot", "model", "extracted", "severity", "decision", "route", "department",
        "bullets", "headline", "headlines", "title", "subject", "caption", "commit message", "alt text", "description",
        "normalized", "explanation", "reason", "steps", "code", "query", "completion", "ideal", "target", "fix", "reviewer",
    };

    private static readonly Regex LabelLine = Patterns.Create(@"^\s{0,8}([-*>]\s{0,3})?(\*\*|__)?(?<label>[A-Za-z][A-Za-z ]{0,24}?)(\*\*|__)?\s{0,3}:(\*\*|__)?(?<rest>.*)$");

    private static readonly Regex ExamplesHeading = Patterns.Create(@"^\s{0,3}(#{1,6}\s*|\*\*|<)?\s*(few[- ]shot\s+)?(examples?|samples?)\b");

    private static readonly Regex ArrowLine = Patterns.Create(@"^\s{0,8}([-*]\s{0,3})?(?<in>\S.{0,400}?)\s{0,4}(->|→|=>|⇒)\s{0,4}(?<out>\S.{0,400})$");

    public static IReadOnlyList<FewShotExample> FindAll(PromptDocument document)
    {
        var examples = new List<FewShotExample>();
        AddStructural(document, examples);
        foreach (PromptMessage message in InstructionFacts.InstructionsOf(document))
        {
            foreach (TextualExample e in TextualIn(document, message))
            {
                examples.Add(new FewShotExample(ExampleKind.Textual, message.ToSource(e.Span), e.Input, e.Output));
            }
        }

        return examples;
    }

    private static void AddStructural(PromptDocument document, List<FewShotExample> examples)
    {
        IReadOnlyList<PromptMessage> messages = document.Messages;
        int lastUser = -1;
        for (int i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i].Role == MessageRole.User)
            {
                lastUser = i;
                break;
            }
        }

        for (int i = 0; i + 1 < lastUser; i++)
        {
            PromptMessage user = messages[i];
            PromptMessage assistant = messages[i + 1];
            if (user.Role == MessageRole.User && assistant.Role == MessageRole.Assistant && HasStaticText(assistant.Text))
            {
                var span = TextSpan.FromBounds(user.MarkerSpan.Start, assistant.SourceSpan.End);
                examples.Add(new FewShotExample(ExampleKind.Structural, span, user.Text, assistant.Text));
            }
        }
    }

    /// <summary>A body that is more than template tags (a turn filled at run time is no worked example).</summary>
    private static bool HasStaticText(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '{' && i + 1 < text.Length && (text[i + 1] == '{' || text[i + 1] == '%'))
            {
                depth++;
                i++;
            }
            else if ((c == '}' || c == '%') && i + 1 < text.Length && text[i + 1] == '}' && depth > 0)
            {
                depth--;
                i++;
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    internal readonly record struct TextualExample(TextSpan Span, string Input, string Output);

    /// <summary>The examples written into one instruction message (message-relative spans), computed once per document.</summary>
    internal static List<TextualExample> TextualIn(PromptDocument document, PromptMessage message)
    {
        lock (document.TextualExamples)
        {
            if (!document.TextualExamples.TryGetValue(message, out List<TextualExample>? examples))
            {
                examples = FindTextual(message.Text, SlotLabels(document));
                document.TextualExamples[message] = examples;
            }

            return examples;
        }
    }

    /// <summary>Examples written into instruction text; spans are relative to <paramref name="text"/>.</summary>
    internal static List<TextualExample> FindTextual(string text, IReadOnlyCollection<string>? slotLabels = null)
    {
        var found = new List<TextualExample>();
        FindExampleTags(text, found);
        FindTaggedExampleParts(text, found);
        var lines = SplitLines(text);
        FindTagPairs(text, found);
        FindLabelPairs(text, lines, found, slotLabels ?? (IReadOnlyCollection<string>)Array.Empty<string>());
        FindJsonLineExamples(text, lines, found);
        FindInlineExamples(text, found);
        FindFencedExamples(text, lines, found);
        FindArrowLines(text, lines, found);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static void FindExampleTags(string text, List<TextualExample> found)
    {
        var missing = new MissingCloseTags(text);
        int i = 0;
        while ((i = text.IndexOf("<example", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int tagEnd = text.IndexOf('>', i);
            if (tagEnd < 0)
            {
                return;
            }

            string tagName = text.Substring(i + 1, tagEnd - i - 1).Split(' ', '\t', '\n')[0];
            if (tagName.Equals("examples", StringComparison.OrdinalIgnoreCase) || tagName.EndsWith("/", StringComparison.Ordinal))
            {
                i = tagEnd + 1;
                continue;
            }

            string closeTag = "</" + tagName + ">";
            int close = missing.IndexOf(closeTag, tagEnd);
            if (close < 0)
            {
                i = tagEnd + 1;
                continue;
            }

            string body = text.Substring(tagEnd + 1, close - tagEnd - 1);
            if (HasStaticText(body))
            {
                (string input, string output) = SplitInputOutput(body);
                AddSorted(found, new TextualExample(TextSpan.FromBounds(i, close + closeTag.Length), input, output));
            }

            i = close + closeTag.Length;
        }
    }

    private static (string Input, string Output) SplitInputOutput(string body)
    {
        foreach (string tag in new[] { "output", "answer", "response", "assistant", "ideal_response", "label" })
        {
            int open = body.IndexOf("<" + tag + ">", StringComparison.OrdinalIgnoreCase);
            int close = body.IndexOf("</" + tag + ">", StringComparison.OrdinalIgnoreCase);
            if (open >= 0 && close > open)
            {
                return (body.Substring(0, open).Trim(), body.Substring(open + tag.Length + 2, close - open - tag.Length - 2).Trim());
            }
        }

        var lines = SplitLines(body);
        for (int l = lines.Count - 1; l >= 0; l--)
        {
            Match? m = LabelLine.SafeMatch(body.Substring(lines[l].Start, lines[l].Length));
            if (m is not null && OutputLabels.Contains(m.Groups["label"].Value.Trim()))
            {
                string rest = body.Substring(lines[l].Start + m.Groups["rest"].Index).Trim();
                return (body.Substring(0, lines[l].Start).Trim(), rest);
            }
        }

        return (body.Trim(), body.Trim());
    }

    private readonly record struct Label(int Line, string Name, TextSpan LineSpan, bool HasInlineContent);

    /// <summary>
    /// Labels the final user turn uses as slots ("Product: {{name}}", "Description:"). An instruction block
    /// that fills the same labels with constant text is a worked example of that input.
    /// </summary>
    private static HashSet<string> SlotLabels(PromptDocument document)
    {
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        PromptMessage? lastUser = document.Messages.LastOrDefault(m => m.Role == MessageRole.User);
        if (lastUser is null || InstructionFacts.InstructionsOf(document).Contains(lastUser))
        {
            return labels;
        }

        foreach (TextSpan line in SplitLines(lastUser.Text))
        {
            if (line.Length < 200 && LabelLine.SafeMatch(lastUser.Text.Substring(line.Start, line.Length)) is { } m)
            {
                labels.Add(m.Groups["label"].Value.Trim());
            }
        }

        return labels;
    }

    /// <summary>Tags such as <c>&lt;diff id="example-1"&gt;</c> … <c>&lt;response id="example-1"&gt;</c>: parts of one example sharing an id.</summary>
    private static void FindTaggedExampleParts(string text, List<TextualExample> found)
    {
        var parts = new Dictionary<string, (int Start, int End, string First, string Last)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        int i = 0;
        while ((i = text.IndexOf("id=\"example", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int tagStart = text.LastIndexOf('<', i);
            int tagEnd = text.IndexOf('>', i);
            int idEnd = text.IndexOf('"', i + 4);
            if (tagStart < 0 || tagEnd < 0 || idEnd < 0 || idEnd > tagEnd)
            {
                i += 4;
                continue;
            }

            string id = text.Substring(i + 4, idEnd - i - 4);
            string name = text.Substring(tagStart + 1, tagEnd - tagStart - 1).Split(' ')[0];
            int close = text.IndexOf("</" + name + ">", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0 || InsideExisting(found, tagStart))
            {
                i = tagEnd;
                continue;
            }

            string body = text.Substring(tagEnd + 1, close - tagEnd - 1).Trim();
            int end = close + name.Length + 3;
            if (parts.TryGetValue(id, out var existing))
            {
                parts[id] = (existing.Start, end, existing.First, body);
            }
            else
            {
                parts[id] = (tagStart, end, body, body);
                order.Add(id);
            }

            i = end;
        }

        foreach (string id in order)
        {
            var part = parts[id];
            if (part.First != part.Last || part.Start != part.End)
            {
                AddSorted(found, new TextualExample(TextSpan.FromBounds(part.Start, part.End), part.First, part.Last));
            }
        }
    }

    private static void FindLabelPairs(string text, List<TextSpan> lines, List<TextualExample> found, IReadOnlyCollection<string> slotLabels)
    {
        var labels = new List<Label>();
        for (int l = 0; l < lines.Count; l++)
        {
            TextSpan line = lines[l];
            if (line.Length == 0 || line.Length > 2000)
            {
                continue;
            }

            Match? m = LabelLine.SafeMatch(text.Substring(line.Start, line.Length));
            if (m is null || m.Groups["rest"].Value.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            string name = m.Groups["label"].Value.Trim();
            if (name.Split(' ').Length > 3)
            {
                continue;
            }

            labels.Add(new Label(l, name, line, m.Groups["rest"].Value.Trim().Length > 0));
        }

        // Candidate pairs: a label followed within a few lines by a different label.
        var pairs = new List<(Label In, Label Out)>();
        for (int k = 0; k + 1 < labels.Count; k++)
        {
            Label a = labels[k];
            Label b = labels[k + 1];
            if (b.Line - a.Line <= 12 && !a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase))
            {
                pairs.Add((a, b));
            }
        }

        var counts = pairs
            .GroupBy(p => (p.In.Name.ToLowerInvariant(), p.Out.Name.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.Count());

        List<TextSpan> referenceRegions = ReferenceDataRegions(text, lines);
        int lastUsedLine = -1;
        foreach ((Label input, Label output) in pairs)
        {
            if (input.Line <= lastUsedLine || InsideExisting(found, input.LineSpan.Start) || InsideReferenceData(referenceRegions, input.LineSpan.Start))
            {
                continue;
            }

            bool known = (InputLabels.Contains(input.Name) || slotLabels.Contains(input.Name))
                && (OutputLabels.Contains(output.Name) || slotLabels.Contains(output.Name));
            bool repeated = counts[(input.Name.ToLowerInvariant(), output.Name.ToLowerInvariant())] >= 2;
            if (!known && !repeated)
            {
                continue;
            }

            int outputEnd = BlockEnd(text, lines, output.Line);
            string outputText = text.Substring(output.LineSpan.Start, outputEnd - output.LineSpan.Start);
            outputText = outputText.Substring(outputText.IndexOf(':') + 1).Trim();
            string inputText = text.Substring(input.LineSpan.Start, output.LineSpan.Start - input.LineSpan.Start);
            inputText = inputText.Substring(inputText.IndexOf(':') + 1).Trim();
            if (outputText.Length == 0 || inputText.Length == 0 || IsPlaceholder(outputText) || IsPlaceholder(inputText))
            {
                continue;
            }

            AddSorted(found, new TextualExample(TextSpan.FromBounds(input.LineSpan.Start, outputEnd), inputText, outputText));
            lastUsedLine = output.Line;
        }
    }

    private static readonly Regex ReferenceHeading = Patterns.Create(@"^\s{0,3}(#{1,6}\s*|\*\*)?[^\n]{0,40}\b(faq|faqs|knowledge|reference|context|documentation|policy|policies|background|facts)\b");

    private static readonly string[] ReferenceTags = { "faq", "faqs", "context", "knowledge", "knowledge_base", "documents", "document", "reference", "kb", "policy", "data", "background", "docs" };

    /// <summary>
    /// Regions that hold reference data rather than demonstrations: a &lt;faq&gt;/&lt;context&gt;/&lt;documents&gt;-style
    /// tag pair, or a section under a heading that names FAQ, knowledge, reference or context. Q:/A: pairs there
    /// are knowledge, not examples.
    /// </summary>
    private static List<TextSpan> ReferenceDataRegions(string text, List<TextSpan> lines)
    {
        var regions = new List<TextSpan>();
        foreach (string tag in ReferenceTags)
        {
            int i = 0;
            while ((i = text.IndexOf("<" + tag, i, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int after = i + tag.Length + 1;
                if (after < text.Length && text[after] != '>' && text[after] != ' ')
                {
                    i = after;
                    continue;
                }

                int close = text.IndexOf("</" + tag + ">", after, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    break;
                }

                regions.Add(TextSpan.FromBounds(i, close));
                i = close;
            }
        }

        int sectionStart = -1;
        foreach (TextSpan line in lines)
        {
            string s = text.Substring(line.Start, Math.Min(line.Length, 200));
            string trimmed = s.Trim();
            bool colonHeading = trimmed.Length > 1 && trimmed.Length <= 80 && trimmed.IndexOf(':') == trimmed.Length - 1;
            bool heading = trimmed.StartsWith("#", StringComparison.Ordinal) || colonHeading
                || (trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal));
            if (heading && sectionStart >= 0)
            {
                regions.Add(TextSpan.FromBounds(sectionStart, line.Start));
                sectionStart = -1;
            }

            if (heading && ReferenceHeading.SafeIsMatch(s) && !ExamplesHeading.SafeIsMatch(s))
            {
                sectionStart = line.Start;
            }
        }

        if (sectionStart >= 0)
        {
            regions.Add(TextSpan.FromBounds(sectionStart, text.Length));
        }

        return regions;
    }

    private static bool InsideReferenceData(List<TextSpan> regions, int offset)
    {
        foreach (TextSpan region in regions)
        {
            if (region.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] InputWords = { "input", "question", "message", "query", "text", "review", "request", "customer", "user", "ticket", "email", "prompt", "source", "diff", "code", "snippet", "document", "transcript", "before" };
    private static readonly string[] OutputWords = { "output", "answer", "response", "reply", "label", "assistant", "category", "result", "summary", "expected", "ideal", "completion", "after", "verdict", "translation", "explanation", "rewrite" };

    /// <summary>Adjacent tag pairs such as <c>&lt;input&gt;…&lt;/input&gt;&lt;output&gt;…&lt;/output&gt;</c> or <c>&lt;customer_message&gt;</c>/<c>&lt;assistant_response&gt;</c>.</summary>
    private static void FindTagPairs(string text, List<TextualExample> found)
    {
        var missing = new MissingCloseTags(text);
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && i + 1 < text.Length)
        {
            (string? name, int bodyStart, int closeEnd) = ReadElement(text, i, missing);
            if (name is null || !ContainsAny(name, InputWords) || InsideExisting(found, i))
            {
                i++;
                continue;
            }

            int next = i = closeEnd;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            (string? outName, int outBodyStart, int outCloseEnd) = ReadElement(text, next, missing);
            if (outName is not null && ContainsAny(outName, OutputWords) && !ContainsAny(outName, InputWords))
            {
                string input = text.Substring(bodyStart, closeEnd - bodyStart);
                string output = text.Substring(outBodyStart, outCloseEnd - outBodyStart);
                if (HasStaticText(StripClose(output)) && HasStaticText(StripClose(input)))
                {
                    AddSorted(found, new TextualExample(TextSpan.FromBounds(closeEnd - (closeEnd - bodyStart) - 1, outCloseEnd), StripClose(input), StripClose(output)));
                    i = outCloseEnd;
                }
            }
        }
    }

    private static string StripClose(string element)
    {
        int close = element.LastIndexOf("</", StringComparison.Ordinal);
        return (close >= 0 ? element.Substring(0, close) : element).Trim();
    }

    /// <summary>Reads <c>&lt;name attrs&gt;body&lt;/name&gt;</c> at <paramref name="start"/>: the name, where the body starts, and the end of the close tag.</summary>
    private static (string? Name, int BodyStart, int CloseEnd) ReadElement(string text, int start, MissingCloseTags missing)
    {
        if (start >= text.Length || text[start] != '<' || start + 1 >= text.Length || !char.IsLetter(text[start + 1]))
        {
            return (null, 0, 0);
        }

        int nameEnd = start + 1;
        while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] is '_' or '-'))
        {
            nameEnd++;
        }

        int tagEnd = text.IndexOf('>', nameEnd);
        if (tagEnd < 0 || tagEnd - nameEnd > 200)
        {
            return (null, 0, 0);
        }

        string name = text.Substring(start + 1, nameEnd - start - 1);
        string closeTag = "</" + name + ">";
        int close = missing.IndexOf(closeTag, tagEnd);
        return close < 0 ? (null, 0, 0) : (name, tagEnd + 1, close + closeTag.Length);
    }

    /// <summary>
    /// Close-tag searches that remember their answers: the next close tag at or after p is the same for every later
    /// position up to it, and a close tag missing after p is missing after every later position. So a run of openers
    /// (or 20,000 nested <c>&lt;p&gt;</c>) searching for the same close tag costs one scan, not one scan per opener.
    /// </summary>
    private sealed class MissingCloseTags(string text)
    {
        private readonly Dictionary<string, (int From, int Found)> _next = new(StringComparer.OrdinalIgnoreCase);

        public int IndexOf(string closeTag, int from)
        {
            if (_next.TryGetValue(closeTag, out var known) && known.From <= from && (known.Found < 0 || from <= known.Found))
            {
                return known.Found;
            }

            int index = text.IndexOf(closeTag, from, StringComparison.OrdinalIgnoreCase);
            _next[closeTag] = (from, index);
            return index;
        }
    }

    private static bool ContainsAny(string name, string[] words)
    {
        foreach (string word in words)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Regex JsonLineInput = Patterns.Create(@"^\s{0,8}\{\s{0,4}""(input|question|text|prompt|query|messages|source)""\s{0,4}:");

    private static readonly Regex JsonLineOutput = Patterns.Create(@"""(output|expected|answer|label|completion|ideal|target|response)""\s{0,4}:\s{0,4}(""[^""{]|\{|\[|[0-9]|true|false)");

    /// <summary>JSONL-style lines: <c>{"input": "…", "expected": "…"}</c> with a constant output.</summary>
    private static void FindJsonLineExamples(string text, List<TextSpan> lines, List<TextualExample> found)
    {
        foreach (TextSpan line in lines)
        {
            if (line.Length > 4000 || InsideExisting(found, line.Start))
            {
                continue;
            }

            string s = text.Substring(line.Start, line.Length);
            if (JsonLineInput.SafeIsMatch(s) && JsonLineOutput.SafeMatch(s) is { } output && s.IndexOf("{{", StringComparison.Ordinal) < 0)
            {
                AddSorted(found, new TextualExample(line, s.Substring(0, output.Index), s.Substring(output.Index)));
            }
        }
    }

    private static readonly Regex InlineExample = Patterns.Create(
        @"\b(for\s+instance|for\s+example|e\.g\.)[,:]?\s{1,3}(?<in>[\s\S]{3,300}?)\s{1,3}(should\s+(be|become|read|get|return|map\s+to)|becomes|is\s+(labell?ed|classified|tagged|marked|routed)|would\s+be|maps\s+to|->|→|=>)\s{0,3}(labell?ed|classified\s+as|tagged|marked)?:?\s{0,3}(?<out>\S[\s\S]{0,300})$");

    /// <summary>Inline worked examples: "For instance, 'my card was charged twice' should be labeled billing".</summary>
    private static void FindInlineExamples(string text, List<TextualExample> found)
    {
        foreach (TextSpan sentence in Sentences.Split(text))
        {
            if (InsideExisting(found, sentence.Start))
            {
                continue;
            }

            // "… should become:" puts the output on the next line.
            int end = sentence.End;
            if (text.Substring(sentence.Start, sentence.Length).TrimEnd().EndsWith(":", StringComparison.Ordinal))
            {
                int nextLineEnd = text.IndexOf('\n', Math.Min(text.Length, end + 1));
                end = nextLineEnd < 0 ? text.Length : nextLineEnd;
            }

            string s = text.Substring(sentence.Start, end - sentence.Start);
            if (InlineExample.SafeMatch(s.TrimEnd()) is { } m && !IsPlaceholder(m.Groups["out"].Value) && m.Groups["in"].Value.IndexOf("{{", StringComparison.Ordinal) < 0)
            {
                AddSorted(found, new TextualExample(TextSpan.FromBounds(sentence.Start, end), m.Groups["in"].Value, m.Groups["out"].Value));
            }
        }
    }

    /// <summary>Under an "Example" heading, consecutive fenced code blocks: the first is the input, the next the output.</summary>
    private static void FindFencedExamples(string text, List<TextSpan> lines, List<TextualExample> found)
    {
        bool inExamples = false;
        var blocks = new List<TextSpan>();
        int blockStart = -1;
        for (int l = 0; l < lines.Count; l++)
        {
            string s = text.Substring(lines[l].Start, Math.Min(lines[l].Length, 200)).TrimStart();
            if (blockStart < 0 && s.StartsWith("#", StringComparison.Ordinal))
            {
                FlushFencedPairs(text, blocks, found);
                inExamples = ExamplesHeading.SafeIsMatch(s);
            }
            else if (s.StartsWith("```", StringComparison.Ordinal))
            {
                if (blockStart < 0)
                {
                    blockStart = lines[l].Start;
                }
                else
                {
                    if (inExamples)
                    {
                        blocks.Add(TextSpan.FromBounds(blockStart, lines[l].End));
                    }

                    blockStart = -1;
                }
            }
        }

        FlushFencedPairs(text, blocks, found);
    }

    private static void FlushFencedPairs(string text, List<TextSpan> blocks, List<TextualExample> found)
    {
        for (int b = 0; b + 1 < blocks.Count; b += 2)
        {
            if (!InsideExisting(found, blocks[b].Start))
            {
                AddSorted(found, new TextualExample(TextSpan.FromBounds(blocks[b].Start, blocks[b + 1].End), text.Substring(blocks[b].Start, blocks[b].Length), FenceBody(text, blocks[b + 1])));
            }
        }

        blocks.Clear();
    }

    private static string FenceBody(string text, TextSpan block)
    {
        string body = text.Substring(block.Start, block.Length);
        int firstNewline = body.IndexOf('\n');
        int lastFence = body.LastIndexOf("```", StringComparison.Ordinal);
        return firstNewline < 0 || lastFence <= firstNewline ? body : body.Substring(firstNewline + 1, lastFence - firstNewline - 1).Trim();
    }

    private static void FindArrowLines(string text, List<TextSpan> lines, List<TextualExample> found)
    {
        bool inExamples = false;
        for (int l = 0; l < lines.Count; l++)
        {
            TextSpan line = lines[l];
            if (line.Length > 2000)
            {
                continue;
            }

            string s = text.Substring(line.Start, line.Length);
            if (ExamplesHeading.SafeIsMatch(s))
            {
                inExamples = true;
            }
            else if (s.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                inExamples = false;
            }

            if (!inExamples || InsideExisting(found, line.Start))
            {
                continue;
            }

            Match? m = ArrowLine.SafeMatch(s);
            if (m is not null && !IsPlaceholder(m.Groups["out"].Value) && !IsPlaceholder(m.Groups["in"].Value))
            {
                AddSorted(found, new TextualExample(line, m.Groups["in"].Value.Trim(), m.Groups["out"].Value.Trim()));
            }
        }
    }

    /// <summary>The end of a labeled block: up to the next label line, blank line pair, or heading.</summary>
    private static int BlockEnd(string text, List<TextSpan> lines, int startLine)
    {
        int end = lines[startLine].End;
        for (int l = startLine + 1; l < lines.Count && l <= startLine + 30; l++)
        {
            string s = text.Substring(lines[l].Start, Math.Min(lines[l].Length, 200));
            string trimmed = s.TrimStart();
            bool labelLine = LabelLine.SafeIsMatch(s) && !trimmed.StartsWith("-", StringComparison.Ordinal) && !trimmed.StartsWith("*", StringComparison.Ordinal);
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal) || trimmed.StartsWith("<", StringComparison.Ordinal) || labelLine)
            {
                break;
            }

            end = lines[l].End;
        }

        return end;
    }

    /// <summary>A description of a slot rather than a value: "&lt;the user's question&gt;", "[label]", "{{input}}", "...".</summary>
    private static bool IsPlaceholder(string value)
    {
        string v = value.Trim().Trim('"', '\'', '`');
        if (v.Length == 0 || v == "..." || v == "…")
        {
            return true;
        }

        bool wrapped = (v.StartsWith("<", StringComparison.Ordinal) && v.EndsWith(">", StringComparison.Ordinal) && v.IndexOf("</", StringComparison.Ordinal) < 0)
            || (v.StartsWith("[", StringComparison.Ordinal) && v.EndsWith("]", StringComparison.Ordinal) && v.IndexOf('"') < 0)
            || (v.StartsWith("{{", StringComparison.Ordinal) && v.EndsWith("}}", StringComparison.Ordinal) && v.IndexOf("}}", StringComparison.Ordinal) == v.Length - 2)
            || (v.StartsWith("{", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal) && v.IndexOf(' ') < 0 && v.IndexOf('"') < 0);
        return wrapped;
    }

    /// <summary>Keeps <paramref name="found"/> sorted by start (passes append in text order, so this is usually an append).</summary>
    private static void AddSorted(List<TextualExample> found, TextualExample example)
    {
        int index = found.Count;
        while (index > 0 && found[index - 1].Span.Start > example.Span.Start)
        {
            index--;
        }

        found.Insert(index, example);
    }

    /// <summary>
    /// Whether an offset lies inside an example already found. The list is sorted and its spans do not overlap
    /// (every pass skips offsets inside earlier examples), so a binary search answers in O(log n).
    /// </summary>
    private static bool InsideExisting(List<TextualExample> found, int offset)
    {
        int lo = 0, hi = found.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            TextSpan span = found[mid].Span;
            if (span.Contains(offset))
            {
                return true;
            }

            if (span.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }

    internal static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            int trimmedEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(TextSpan.FromBounds(start, trimmedEnd));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }
}
