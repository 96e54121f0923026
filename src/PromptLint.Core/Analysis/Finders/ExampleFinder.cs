using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

internal enum ExampleStyle
{
    /// <summary>A user turn answered by an assistant turn before the final user turn.</summary>
    ChatTurns,
    /// <summary>An <c>&lt;example&gt;</c> element with both an input and an output.</summary>
    ExampleElement,
    /// <summary><c>&lt;input&gt;…&lt;/input&gt;&lt;output&gt;…&lt;/output&gt;</c></summary>
    TagPair,
    /// <summary>A section under <c>## Example 1</c>, <c>**Example**</c> or <c>EXAMPLE</c> with both sides.</summary>
    ExampleSection,
    /// <summary><c>Input:</c>/<c>Output:</c>, <c>[Question]</c>/<c>[Answer]</c>, <c>### Input</c>/<c>### Output</c>, or any label pair that repeats.</summary>
    LabeledPair,
    /// <summary>Demonstrations that fill the template's own final slot line with constant text.</summary>
    SlotRepeat,
    /// <summary>Dialogue turns whose speakers are template variables (<c>{{user}}: …</c> / <c>{{bot}}: …</c>).</summary>
    TemplatedSpeakers,
    /// <summary><c>"…" -&gt; label</c> lines under an Examples heading.</summary>
    ArrowLine,
    /// <summary><c>{"input": …, "output": …}</c> lines.</summary>
    JsonLine,
    /// <summary>"For instance, "…" should be labeled P1."</summary>
    InlineExample,
}

internal readonly record struct FoundExample(ExampleStyle Style, TextSpan Span, string Input, string Output);

/// <summary>The template's final answer slot (<c>Output:</c> with nothing after it) and the labels its last turn fills from variables.</summary>
internal sealed record SlotInfo(MessageOutline? Outline, LabeledLine? FinalSlot, HashSet<string> SlotLabels);

/// <summary>
/// An example is an input with its output. Counted: example elements with both sides, tag pairs, headed example
/// sections, labeled pairs in any label style, demonstrations that repeat the template's final slot line (also across
/// <c>+++++</c> separators), dialogue with templated speaker names, arrow and JSON lines. Not counted: repeated
/// <c>key: value</c> lines in code, config or tool schemas, Q/A inside reference data, and output-only samples
/// (an example block with one side), which are returned separately.
/// </summary>
internal static class ExampleFinder
{
    private static readonly HashSet<string> InputLabels = Set(
        "input", "q", "question", "user", "human", "customer", "text", "review", "message", "query", "sentence", "email", "ticket",
        "request", "prompt", "english", "source", "article", "comment", "tweet", "description", "code", "problem", "post", "headline",
        "utterance", "complaint", "document", "passage", "title", "product", "snippet", "log", "issue", "before", "original", "draft",
        "statement", "claim", "user input", "user message", "customer message", "transcript", "note", "notes", "task", "item", "phrase",
        "word", "conversation", "context", "submission", "diff", "data", "topic", "instruction", "situation", "scenario", "premise");

    private static readonly HashSet<string> OutputLabels = Set(
        "output", "a", "answer", "assistant", "ai", "bot", "agent", "label", "labels", "sentiment", "category", "categories", "response",
        "reply", "classification", "result", "summary", "translation", "french", "spanish", "german", "italian", "portuguese", "japanese",
        "chinese", "sql", "json", "intent", "tags", "tag", "rewrite", "rewritten", "corrected", "after", "expected", "expected output",
        "assistant response", "your answer", "verdict", "score", "rating", "priority", "topic", "entities", "keywords", "fixed", "improved",
        "polished", "class", "emotion", "tone", "language", "chatbot", "model", "extracted", "severity", "decision", "route", "department",
        "bullets", "headlines", "subject", "caption", "commit message", "alt text", "normalized", "explanation", "reason", "steps", "completion",
        "ideal", "target", "fix", "reviewer", "stars", "evaluation", "analysis", "thought", "final answer", "ideal response", "grade");

    /// <summary>Keys of config, tool schemas and message records: repeated, but never a demonstration.</summary>
    private static readonly HashSet<string> ConfigKeys = Set(
        "name", "type", "description", "content", "role", "id", "version", "model", "key", "value", "default", "required", "url", "path",
        "file", "enum", "properties", "items", "format", "parameters", "schema", "title", "api", "temperature", "max_tokens", "tools", "function");

    private static readonly HashSet<string> ReferenceWords = Set("faq", "faqs", "knowledge", "reference", "references", "documentation", "policy", "policies", "background", "facts", "documents", "glossary", "kb");

    private static readonly HashSet<string> ReferenceElements = Set("faq", "faqs", "context", "knowledge", "knowledge_base", "documents", "document", "reference", "kb", "policy", "data", "background", "docs");

    private static readonly string[] ElementInputWords = { "input", "question", "message", "query", "text", "review", "request", "customer", "user", "ticket", "email", "prompt", "source", "diff", "code", "snippet", "document", "transcript", "before", "note", "article", "conversation" };

    private static readonly string[] ElementOutputWords = { "output", "answer", "response", "reply", "label", "assistant", "category", "result", "summary", "expected", "ideal", "completion", "after", "verdict", "translation", "explanation", "rewrite" };

    private sealed class Entry
    {
        public Entry(LabeledLine label, TextSpan value, int lastLine, bool isStatic)
        {
            Label = label;
            Value = value;
            LastLine = lastLine;
            Static = isStatic;
        }

        public LabeledLine Label { get; }

        public TextSpan Value { get; }

        public int LastLine { get; }

        public bool Static { get; }

        public bool Used { get; set; }
    }

    /// <summary>Adds the examples of one message to <paramref name="found"/> and its output-only samples to <paramref name="samples"/>; returns where the examples stand.</summary>
    public static ExampleRegions Find(MessageOutline o, SlotInfo slots, List<FoundExample> found, List<TextSpan> samples)
    {
        var local = new Found();
        List<TextSpan> reference = ReferenceRegions(o);
        FindExampleElements(o, local, samples);
        FindTagPairs(o, local);
        FindExampleSections(o, local, samples);
        List<Entry> entries = Entries(o, local, reference);
        bool[] inExamples = LinesUnderExampleIntros(o);
        FindSlotRepeats(o, slots, entries, inExamples, local);
        FindLabeledPairs(o, slots, entries, local);
        FindTemplatedSpeakers(o, entries, local);
        FindArrowAndJsonLines(o, inExamples, local);
        FindInlineExamples(o, local);
        found.AddRange(local.Items);
        return ExampleRegions.Of(local.Items);
    }

    /// <summary>
    /// The examples found so far, kept sorted by start and never overlapping (every pass checks before it adds), so
    /// "does this overlap one?" is a binary search and the passes stay linear on inputs with thousands of examples.
    /// </summary>
    private sealed class Found
    {
        private readonly List<FoundExample> _sorted = new();

        public IReadOnlyList<FoundExample> Items => _sorted;

        public void Add(FoundExample example)
        {
            int at = _sorted.Count;
            while (at > 0 && _sorted[at - 1].Span.Start > example.Span.Start)
            {
                at--;
            }

            _sorted.Insert(at, example);
        }

        /// <summary>The index of the last example starting before <paramref name="end"/>, or -1.</summary>
        private int LastStartingBefore(int end)
        {
            int lo = 0, hi = _sorted.Count - 1, best = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (_sorted[mid].Span.Start < end)
                {
                    best = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return best;
        }

        public bool Overlaps(TextSpan span)
        {
            int k = LastStartingBefore(Math.Max(span.End, span.Start + 1));
            return k >= 0 && _sorted[k].Span.End > span.Start;
        }

        public bool Contains(int offset)
        {
            int k = LastStartingBefore(offset + 1);
            return k >= 0 && _sorted[k].Span.Contains(offset);
        }
    }

    private static bool Overlaps(Found found, TextSpan span) => found.Overlaps(span);

    private static void FindExampleElements(MessageOutline o, Found found, List<TextSpan> samples)
    {
        foreach (Element e in o.Elements)
        {
            bool example = e.Name.StartsWith("example", StringComparison.Ordinal) || e.Name.StartsWith("sample", StringComparison.Ordinal) || e.Name is "demo" or "shot" or "demonstration";
            if (!example || e.Name is "examples" or "samples" || !o.HasStaticText(e.Body) || Overlaps(found, e.Whole))
            {
                continue;
            }

            if (TwoSided(o, e.Body) && !OnlyPlaceholders(o, e.Body))
            {
                found.Add(new FoundExample(ExampleStyle.ExampleElement, e.Whole, o.Slice(e.Body).Trim(), OutputPart(o, e.Body)));
            }
            else
            {
                samples.Add(e.Whole);
            }
        }
    }

    /// <summary>
    /// "Input: {{input}}" / "Output: {{output}}": every line of the block is a label whose value is a template variable or
    /// a placeholder, so the block shows the slots, not a demonstration.
    /// </summary>
    private static bool OnlyPlaceholders(MessageOutline o, TextSpan body)
    {
        int labels = 0;
        for (int l = o.LineAt(body.Start); l < o.Lines.Count && o.Lines[l].Span.Start < body.End; l++)
        {
            Line line = o.Lines[l];
            int from = Math.Max(line.Span.Start, body.Start), to = Math.Min(line.Span.End, body.End);
            if (line.Kind == LineKind.Blank || line.TemplateOnly || to <= from || o.Text.Substring(from, to - from).Trim().Length == 0)
            {
                continue; // also the ends of the lines that hold the element's own tags
            }

            if (o.LabelAt(l) is not { } label || label.Style == LabelStyle.TemplatedSpeaker || label.ValueIsStatic && !IsPlaceholder(o.Slice(label.Value)))
            {
                return false;
            }

            labels++;
        }

        return labels > 0;
    }

    /// <summary>Whether a block shows an input and an output: two labeled parts, two child elements, two fenced blocks, or an arrow.</summary>
    private static bool TwoSided(MessageOutline o, TextSpan body)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (LabeledLine label in o.LabelsIn(body))
        {
            if (label.Style != LabelStyle.TemplatedSpeaker)
            {
                labels.Add(label.Label);
            }
        }

        if (labels.Count >= 2)
        {
            return true;
        }

        // "Category: headlamps" and then the answer as unlabeled lines (a list, a paragraph). "Output: …" alone is a sample.
        if (labels.Count == 1)
        {
            foreach (LabeledLine label in o.LabelsIn(body))
            {
                if (label.ValueIsStatic && !OutputLabels.Contains(label.Label) && label.Style != LabelStyle.TemplatedSpeaker)
                {
                    for (int l = label.Line + 1; l < o.Lines.Count && o.Lines[l].Span.Start < body.End; l++)
                    {
                        if (o.LabelAt(l) is null && o.Lines[l].Kind is LineKind.Text or LineKind.ListItem && o.HasStaticText(o.Lines[l].Span))
                        {
                            return true;
                        }
                    }
                }

                break;
            }
        }

        // Unlabeled input text, then "Answer: …".
        foreach (LabeledLine label in o.LabelsIn(body))
        {
            if (OutputLabels.Contains(label.Label) && label.Style != LabelStyle.TemplatedSpeaker
                && o.HasStaticText(TextSpan.FromBounds(body.Start, o.Lines[label.Line].Span.Start)))
            {
                return true;
            }
        }

        int children = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Element e in o.ElementsIn(body))
        {
            if (body.Contains(e.Whole) && names.Add(e.Name))
            {
                children++;
            }
        }

        if (children >= 2)
        {
            return true;
        }

        int fences = 0;
        for (int l = o.LineAt(body.Start); l < o.Lines.Count && o.Lines[l].Span.Start < body.End && fences < 4; l++)
        {
            fences += o.Lines[l].Kind == LineKind.FenceMarker ? 1 : 0;
        }

        fences /= 2;

        if (fences >= 2)
        {
            return true;
        }

        for (int l = o.LineAt(body.Start); l < o.Lines.Count && o.Lines[l].Span.Start < body.End; l++)
        {
            if (!o.Lines[l].InFence && ArrowAt(o.LineText(l)) > 0)
            {
                return true;
            }
        }

        return LabeledInputAnsweredByList(o, body);
    }

    /// <summary>"Category: tents; season: spring" on the block's first line, then a list that answers it.</summary>
    private static bool LabeledInputAnsweredByList(MessageOutline o, TextSpan body)
    {
        int first = -1, items = 0;
        for (int l = o.LineAt(body.Start); l < o.Lines.Count && o.Lines[l].Span.Start < body.End; l++)
        {
            Line line = o.Lines[l];
            if (line.Kind == LineKind.Blank || line.Span.End <= body.Start)
            {
                continue;
            }

            if (first < 0)
            {
                first = l;
                continue;
            }

            if (line.Kind != LineKind.ListItem)
            {
                return false;
            }

            items++;
        }

        if (first < 0 || items < 2)
        {
            return false;
        }

        foreach (LabeledLine label in o.LabelsIn(body))
        {
            if (label.Line == first && label.Style != LabelStyle.TemplatedSpeaker && label.ValueIsStatic && !label.ValueIsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static string OutputPart(MessageOutline o, TextSpan body)
    {
        LabeledLine? last = null;
        foreach (LabeledLine label in o.LabelsIn(body))
        {
            if (OutputLabels.Contains(label.Label))
            {
                last = label;
            }
        }

        if (last is not null)
        {
            return o.Text.Substring(last.Value.Start, body.End - last.Value.Start).Trim();
        }

        foreach (Element e in o.ElementsIn(body))
        {
            if (body.Contains(e.Whole) && ContainsAny(e.Name, ElementOutputWords))
            {
                return o.Slice(e.Body).Trim();
            }
        }

        return o.Slice(body).Trim();
    }

    private static void FindTagPairs(MessageOutline o, Found found)
    {
        for (int k = 0; k + 1 < o.Elements.Count; k++)
        {
            Element a = o.Elements[k];
            if (!ContainsAny(a.Name, ElementInputWords) || a.Name.StartsWith("example", StringComparison.Ordinal))
            {
                continue;
            }

            // The next element that starts after this one ends, with only white space between.
            for (int n = k + 1; n < o.Elements.Count && n <= k + 4; n++)
            {
                Element b = o.Elements[n];
                if (b.Whole.Start < a.Whole.End)
                {
                    continue;
                }

                if (o.Text.Substring(a.Whole.End, b.Whole.Start - a.Whole.End).Trim().Length == 0
                    && ContainsAny(b.Name, ElementOutputWords) && !ContainsAny(b.Name, ElementInputWords)
                    && o.HasStaticText(a.Body) && o.HasStaticText(b.Body) && !Overlaps(found, a.Whole))
                {
                    found.Add(new FoundExample(ExampleStyle.TagPair, TextSpan.FromBounds(a.Whole.Start, b.Whole.End), o.Slice(a.Body).Trim(), o.Slice(b.Body).Trim()));
                }

                break;
            }
        }
    }

    private static bool IsExampleTitle(string title, out bool plural)
    {
        plural = false;
        string first = title;
        int space = title.IndexOf(' ');
        if (space > 0)
        {
            first = title.Substring(0, space);
        }

        if (first is "examples" or "samples" or "demonstrations" or "few-shot" || title.StartsWith("here are", StringComparison.Ordinal) || title.EndsWith(" examples", StringComparison.Ordinal))
        {
            plural = true;
            return true;
        }

        return first is "example" or "sample" or "demonstration";
    }

    private static void FindExampleSections(MessageOutline o, Found found, List<TextSpan> samples)
    {
        foreach (Heading h in o.Headings)
        {
            if (!IsExampleTitle(h.Title, out bool plural) || plural || h.Title.StartsWith("end", StringComparison.Ordinal))
            {
                continue;
            }

            // "## Example Task #1 Input:" is a label of one side, not a section holding both.
            (string label, _) = OutlineBuilder.NormalizeLabel(h.Title);
            if (InputLabels.Contains(label) || OutputLabels.Contains(label))
            {
                continue;
            }

            int endLine = Math.Min(h.SectionEnd, o.Lines.Count) - 1;
            if (endLine <= h.Line)
            {
                continue;
            }

            var body = TextSpan.FromBounds(o.Lines[h.Line + 1].Span.Start, o.Lines[endLine].Span.End);
            if (!o.HasStaticText(body) || Overlaps(found, body))
            {
                continue;
            }

            if (TwoSided(o, body))
            {
                found.Add(new FoundExample(ExampleStyle.ExampleSection, TextSpan.FromBounds(h.Span.Start, body.End), o.Slice(body).Trim(), OutputPart(o, body)));
            }
            else
            {
                samples.Add(body);
            }
        }
    }

    /// <summary>Lines under an Examples heading, or after a line such as "Here are some examples:".</summary>
    private static bool[] LinesUnderExampleIntros(MessageOutline o)
    {
        var inExamples = new bool[o.Lines.Count];
        bool on = false;
        int headingLevel = 0;
        for (int l = 0; l < o.Lines.Count; l++)
        {
            Heading? h = o.SectionOf(l);
            if (h is not null && h.Line == l)
            {
                if (IsExampleTitle(h.Title, out _) && !h.Title.StartsWith("end", StringComparison.Ordinal))
                {
                    on = true;
                    headingLevel = h.Level;
                }
                else if (on && h.Level <= headingLevel && h.Style == HeadingStyle.Markdown)
                {
                    on = false;
                }
            }
            else if (!o.Lines[l].InFence && o.Lines[l].Kind == LineKind.Text && IntroducesExamples(o, l))
            {
                on = true;
                headingLevel = 7;
            }

            inExamples[l] = on;
        }

        return inExamples;
    }

    private static bool IntroducesExamples(MessageOutline o, int l)
    {
        TextSpan s = o.Lines[l].Span;
        if (s.Length > 160)
        {
            return false;
        }

        // Asked of every line: read in place rather than copied out.
        string text = o.Text;
        int end = s.End;
        while (end > s.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > s.Start && text[end - 1] == ':'
            && (text.IndexOf("example", s.Start, end - s.Start, StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("for instance", s.Start, end - s.Start, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static List<TextSpan> ReferenceRegions(MessageOutline o)
    {
        var regions = new List<TextSpan>();
        foreach (Element e in o.Elements)
        {
            if (ReferenceElements.Contains(e.Name))
            {
                regions.Add(e.Whole);
            }
        }

        foreach (LabeledLine label in o.Labels)
        {
            if (!label.ValueIsEmpty || label.Style == LabelStyle.TemplatedSpeaker || !MentionsReference(label.Label))
            {
                continue;
            }

            // "House FAQ:" / "Reference FAQ (knowledge only):" up to the next blank line.
            int end = label.Line;
            while (end + 1 < o.Lines.Count && o.Lines[end + 1].Kind != LineKind.Blank)
            {
                end++;
            }

            regions.Add(TextSpan.FromBounds(o.Lines[label.Line].Span.Start, o.Lines[end].Span.End));
        }

        foreach (Heading h in o.Headings)
        {
            if (IsExampleTitle(h.Title, out _))
            {
                continue;
            }

            foreach (string word in h.Title.Split(' '))
            {
                if (ReferenceWords.Contains(word))
                {
                    int end = Math.Min(h.SectionEnd, o.Lines.Count) - 1;
                    regions.Add(TextSpan.FromBounds(h.Span.Start, o.Lines[Math.Max(end, h.Line)].Span.End));
                    break;
                }
            }
        }

        return Merge(regions);
    }

    private static bool MentionsReference(string label)
    {
        foreach (string word in label.Split(' '))
        {
            if (ReferenceWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an offset lies in one of the regions (sorted and merged by <see cref="Merge"/>).</summary>
    private static bool Inside(List<TextSpan> regions, int offset)
    {
        int lo = 0, hi = regions.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (regions[mid].Contains(offset))
            {
                return true;
            }

            if (regions[mid].Start > offset)
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

    private static List<TextSpan> Merge(List<TextSpan> regions)
    {
        regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>(regions.Count);
        foreach (TextSpan r in regions)
        {
            if (merged.Count > 0 && merged[merged.Count - 1].End >= r.Start)
            {
                TextSpan last = merged[merged.Count - 1];
                merged[merged.Count - 1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    /// <summary>Each labeled line with its value: the rest of the line and the lines after it up to the next label, heading or separator.</summary>
    private static List<Entry> Entries(MessageOutline o, Found found, List<TextSpan> reference)
    {
        var entries = new List<Entry>();
        var labelAt = new Dictionary<int, LabeledLine>();
        foreach (LabeledLine label in o.Labels)
        {
            labelAt[label.Line] = label;
        }

        foreach (LabeledLine label in o.Labels)
        {
            int start = o.Lines[label.Line].Span.Start;
            if (Inside(reference, start) || IsInside(found, start))
            {
                continue;
            }

            int last = label.Line;
            int valueEnd = label.Value.End;
            bool hasContent = !label.ValueIsEmpty;
            for (int l = label.Line + 1; l < o.Lines.Count && l <= label.Line + 40; l++)
            {
                Line line = o.Lines[l];
                bool nested = line.Kind == LineKind.ListItem && label.ValueIsEmpty && o.Lines[label.Line].Kind != LineKind.ListItem;
                if ((labelAt.ContainsKey(l) && !nested) || line.Kind is LineKind.Separator || (line.Kind == LineKind.Heading && !line.InFence))
                {
                    break;
                }

                Heading? h = o.SectionOf(l);
                if (h is not null && h.Line == l)
                {
                    break;
                }

                if (line.Kind == LineKind.Blank)
                {
                    if (hasContent)
                    {
                        break;
                    }

                    continue;
                }

                hasContent = true;
                last = l;
                valueEnd = line.Span.End;
            }

            TextSpan value = TextSpan.FromBounds(label.Value.Start, Math.Max(label.Value.Start, valueEnd));
            bool isStatic = o.HasStaticText(label.Value);
            for (int l = label.Line + 1; l <= last && !isStatic; l++)
            {
                isStatic = o.Lines[l].Kind != LineKind.FenceMarker && o.HasStaticText(o.Lines[l].Span);
            }

            entries.Add(new Entry(label, value, last, isStatic && !o.Lines[label.Line].InFence && WordsIn(label.Label) <= 3));
        }

        return entries;
    }

    private static int WordsIn(string label)
    {
        int words = 1;
        foreach (char c in label)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    private static bool IsInside(Found found, int offset) => found.Contains(offset);

    private static void FindSlotRepeats(MessageOutline o, SlotInfo slots, List<Entry> entries, bool[] inExamples, Found found)
    {
        if (slots.FinalSlot is not { } slot)
        {
            return;
        }

        var repeats = new List<int>();
        for (int k = 0; k < entries.Count; k++)
        {
            Entry e = entries[k];
            if (e.Static && e.Label.Label == slot.Label && e.Label.Style != LabelStyle.TemplatedSpeaker && !(ReferenceEquals(o, slots.Outline) && e.Label.Line >= slot.Line)
                && !IsPlaceholder(o.Slice(e.Value)))
            {
                repeats.Add(k);
            }
        }

        foreach (int k in repeats)
        {
            Entry e = entries[k];
            bool separatorNext = e.LastLine + 1 < o.Lines.Count && o.Lines[e.LastLine + 1].Kind == LineKind.Separator;
            bool siblingsBefore = k > 0 && entries[k - 1].Static && !entries[k - 1].Used && entries[k - 1].Label.Label != slot.Label
                && slots.SlotLabels.Contains(entries[k - 1].Label.Label) && e.Label.Line - entries[k - 1].LastLine <= 3;
            if (!(repeats.Count >= 2 || inExamples[e.Label.Line] || separatorNext || siblingsBefore))
            {
                continue;
            }

            // The record: the static entries just before this one (back to the previous repeat), or the block after a separator.
            int first = k;
            while (first - 1 >= 0 && !entries[first - 1].Used && entries[first - 1].Label.Label != slot.Label && entries[first - 1].Static
                && entries[first].Label.Line - entries[first - 1].LastLine <= 3)
            {
                first--;
            }

            int end = o.Lines[e.LastLine].Span.End;
            if (separatorNext)
            {
                int l = e.LastLine + 2;
                while (l < o.Lines.Count && o.Lines[l].Kind != LineKind.Separator && !IsLabelLine(o, l))
                {
                    end = o.Lines[l].Span.End;
                    l++;
                }
            }

            bool hasOtherSide = first < k || end > o.Lines[e.LastLine].Span.End || o.Lines[e.Label.Line].Span.End < e.Value.End && e.Label.ValueIsEmpty == false;
            if (!hasOtherSide && !(first == k && PrecededByStatic(o, e)))
            {
                continue;
            }

            int start = o.Lines[entries[first].Label.Line].Span.Start;
            var span = TextSpan.FromBounds(start, end);
            if (Overlaps(found, span))
            {
                continue;
            }

            for (int u = first; u <= k; u++)
            {
                entries[u].Used = true;
            }

            found.Add(new FoundExample(ExampleStyle.SlotRepeat, span, o.Text.Substring(start, Math.Max(0, e.Value.Start - start)).Trim(), o.Slice(e.Value).Trim()));
        }
    }

    /// <summary>Unlabeled input lines right above an answer line ("Hello how are you?" / "Summary: …").</summary>
    private static bool PrecededByStatic(MessageOutline o, Entry e)
    {
        int l = e.Label.Line - 1;
        return l >= 0 && o.Lines[l].Kind is LineKind.Text or LineKind.ListItem && !o.Lines[l].TemplateOnly && !IsLabelLine(o, l);
    }

    private static bool IsLabelLine(MessageOutline o, int line) => o.LabelAt(line) is not null;

    private static void FindLabeledPairs(MessageOutline o, SlotInfo slots, List<Entry> entries, Found found)
    {
        var fieldLists = new List<FormatSections.FieldList>(FormatSections.FieldLists(o));
        entries = entries.FindAll(e => !fieldLists.Exists(list => list.Holds(e.Label.Line)));
        var counts = new Dictionary<(string, string), int>();
        for (int k = 0; k + 1 < entries.Count; k++)
        {
            Entry a = entries[k], b = entries[k + 1];
            if (a.Static && b.Static && a.Label.Label != b.Label.Label && b.Label.Line - a.LastLine <= 3
                && !IsPlaceholder(o.Slice(a.Value)) && !IsPlaceholder(o.Slice(b.Value)) && !IsExampleMarker(a.Label.Label) && !IsExampleMarker(b.Label.Label))
            {
                var key = (a.Label.Label, b.Label.Label);
                counts[key] = counts.TryGetValue(key, out int c) ? c + 1 : 1;
            }
        }

        // Known input/output labels first, so a repeated pair such as (target, input) cannot take an input from its output.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int k = 0; k + 1 < entries.Count; k++)
            {
                Entry a = entries[k], b = entries[k + 1];
                if (a.Used || b.Used || !a.Static || !b.Static || a.Label.Label == b.Label.Label || b.Label.Line - a.LastLine > 3
                    || a.Label.Style == LabelStyle.TemplatedSpeaker || b.Label.Style == LabelStyle.TemplatedSpeaker)
                {
                    continue;
                }

                string input = a.Label.Label, output = b.Label.Label;
                bool known = (InputLabels.Contains(input) || slots.SlotLabels.Contains(input)) && (OutputLabels.Contains(output) || slots.SlotLabels.Contains(output));
                bool repeated = counts.TryGetValue((input, output), out int seen) && seen >= 2 && !(ConfigKeys.Contains(input) || ConfigKeys.Contains(output));
                if ((pass == 0 ? !known : !repeated) || IsPlaceholder(o.Slice(b.Value)) || IsPlaceholder(o.Slice(a.Value)))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(o.Lines[a.Label.Line].Span.Start, Math.Max(o.Lines[b.LastLine].Span.End, b.Value.End));
                if (Overlaps(found, span))
                {
                    continue;
                }

                a.Used = b.Used = true;
                found.Add(new FoundExample(ExampleStyle.LabeledPair, span, o.Slice(a.Value).Trim(), o.Slice(b.Value).Trim()));
            }
        }
    }

    /// <summary>"EXAMPLE:" / "END EXAMPLE:" delimit a block; they are not the input and output of a pair.</summary>
    private static bool IsExampleMarker(string label) =>
        IsExampleTitle(label, out _) || (label.StartsWith("end ", StringComparison.Ordinal) && IsExampleTitle(label.Substring(4), out _));

    private static void FindTemplatedSpeakers(MessageOutline o, List<Entry> entries, Found found)
    {
        Entry? previous = null;
        foreach (Entry e in entries)
        {
            if (e.Label.Style != LabelStyle.TemplatedSpeaker || !e.Static)
            {
                previous = null;
                continue;
            }

            if (previous is not null && !previous.Used && e.Label.Line - previous.LastLine <= 2
                && o.Slice(TagOf(o, previous.Label.Line)) != o.Slice(TagOf(o, e.Label.Line)))
            {
                var span = TextSpan.FromBounds(o.Lines[previous.Label.Line].Span.Start, o.Lines[e.LastLine].Span.End);
                if (!Overlaps(found, span))
                {
                    previous.Used = e.Used = true;
                    found.Add(new FoundExample(ExampleStyle.TemplatedSpeakers, span, o.Slice(previous.Value).Trim(), o.Slice(e.Value).Trim()));
                    previous = null;
                    continue;
                }
            }

            previous = e;
        }
    }

    private static TextSpan TagOf(MessageOutline o, int line)
    {
        int start = o.Lines[line].ContentStart;
        return o.TagStartingAt(start) ?? new TextSpan(start, 0);
    }

    private static void FindArrowAndJsonLines(MessageOutline o, bool[] inExamples, Found found)
    {
        var arrows = new List<FoundExample>();
        bool underHeading = false;
        for (int l = 0; l < o.Lines.Count; l++)
        {
            Line line = o.Lines[l];
            if (line.InFence || line.Span.Length > 2000 || line.TemplateOnly || line.Kind == LineKind.Blank)
            {
                continue;
            }

            string s = o.LineText(l);
            if (inExamples[l])
            {
                int arrow = ArrowAt(s);
                if (arrow > 0)
                {
                    string input = s.Substring(0, arrow).Trim().TrimStart('-', '*', ' ');
                    string output = s.Substring(arrow).TrimStart('-', '=', '>', '\u2192', ' ').Trim();
                    if (input.Length > 0 && output.Length > 0 && !IsPlaceholder(input) && !IsPlaceholder(output) && !output.EndsWith(":", StringComparison.Ordinal) && !Overlaps(found, line.Span))
                    {
                        arrows.Add(new FoundExample(ExampleStyle.ArrowLine, line.Span, input, output));
                        underHeading |= o.SectionOf(l) is { } h && IsExampleTitle(h.Title, out _);
                        continue;
                    }
                }
            }

            string trimmed = s.TrimStart();
            if (trimmed.StartsWith("{\"", StringComparison.Ordinal) && !o.HasTemplateTag(line.Span) && JsonLineOutput(trimmed) is int at && at > 0 && !Overlaps(found, line.Span))
            {
                found.Add(new FoundExample(ExampleStyle.JsonLine, line.Span, trimmed.Substring(0, at), trimmed.Substring(at)));
            }
        }

        // One arrow line is as often a signature or a note as a demonstration; a run of them is a list of examples.
        if (arrows.Count >= 2 || underHeading)
        {
            foreach (FoundExample arrow in arrows)
            {
                found.Add(arrow);
            }
        }
    }

    /// <summary>"For instance, "my card was charged twice" should be labeled billing"; "… should become:" puts the output on the next line.</summary>
    private static void FindInlineExamples(MessageOutline o, Found found)
    {
        foreach (Sentence sentence in o.Sentences)
        {
            Word[] w = sentence.Words;
            int cue = -1;
            for (int i = 0; i + 1 < w.Length; i++)
            {
                if ((w[i].Text == "for" && (w[i + 1].Text is "instance" or "example")) || w[i].Text == "e.g")
                {
                    cue = i;
                    break;
                }
            }

            if (cue < 0)
            {
                continue;
            }

            for (int i = cue + 3; i + 1 < w.Length; i++)
            {
                bool maps = (w[i].Text == "should" && w[i + 1].Text is "be" or "become" or "read" or "get" or "map" && (w[i + 1].Text != "be" || (i + 2 < w.Length && w[i + 2].Text is "labeled" or "labelled" or "classified" or "tagged" or "marked" or "routed" or "rated" or "scored")))
                    || (w[i].Text is "becomes" or "maps" && i > cue + 3);
                if (!maps || o.HasTemplateTag(TextSpan.FromBounds(w[cue].Span.Start, w[i].Span.Start)))
                {
                    continue;
                }

                int end = sentence.Span.End;
                if (o.Text.Substring(sentence.Span.Start, sentence.Span.Length).TrimEnd().EndsWith(":", StringComparison.Ordinal))
                {
                    int line = o.LineAt(end);
                    if (line + 1 < o.Lines.Count && o.Lines[line + 1].Kind == LineKind.Text)
                    {
                        end = o.Lines[line + 1].Span.End;
                    }
                }
                else if (i + 2 >= w.Length)
                {
                    break; // nothing after "should be labeled"
                }

                var span = TextSpan.FromBounds(sentence.Span.Start, end);
                if (!Overlaps(found, span))
                {
                    found.Add(new FoundExample(ExampleStyle.InlineExample, span, o.Text.Substring(w[cue].Span.Start, w[i].Span.Start - w[cue].Span.Start).Trim(), o.Text.Substring(w[i].Span.End, end - w[i].Span.End).Trim()));
                }

                break;
            }
        }
    }

    private static int ArrowAt(string s)
    {
        int a = s.IndexOf("->", StringComparison.Ordinal);
        int b = s.IndexOf('\u2192');
        int c = s.IndexOf("=>", StringComparison.Ordinal);
        int best = -1;
        foreach (int i in new[] { a, b, c })
        {
            if (i > 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }

        return best;
    }

    private static readonly string[] JsonInputKeys = { "\"input\"", "\"question\"", "\"text\"", "\"prompt\"", "\"query\"", "\"source\"" };

    private static readonly string[] JsonOutputKeys = { "\"output\"", "\"expected\"", "\"answer\"", "\"label\"", "\"completion\"", "\"ideal\"", "\"target\"", "\"response\"" };

    private static int? JsonLineOutput(string line)
    {
        bool input = false;
        foreach (string key in JsonInputKeys)
        {
            if (line.StartsWith("{" + key, StringComparison.OrdinalIgnoreCase) || line.StartsWith("{ " + key, StringComparison.OrdinalIgnoreCase))
            {
                input = true;
            }
        }

        if (!input)
        {
            return null;
        }

        foreach (string key in JsonOutputKeys)
        {
            int at = line.IndexOf(key, 2, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>
    /// A description of a slot rather than a value: "&lt;the user's question&gt;", "[label]", "...", or a skeleton whose
    /// every line is one ("- [First step]", "2. [Second step]"): a response template, not a demonstration.
    /// </summary>
    private static bool IsPlaceholder(string value)
    {
        if (value.IndexOf('\n') >= 0)
        {
            return IsSkeleton(value);
        }

        string v = value.Trim().Trim('"', '\'', '`');
        if (v.Length == 0 || v == "..." || v == "\u2026")
        {
            return true;
        }

        return (v.StartsWith("<", StringComparison.Ordinal) && v.EndsWith(">", StringComparison.Ordinal) && v.IndexOf("</", StringComparison.Ordinal) < 0 && v.IndexOf('\n') < 0)
            || (v.StartsWith("[", StringComparison.Ordinal) && v.EndsWith("]", StringComparison.Ordinal) && v.IndexOf('"') < 0 && v.IndexOf('\n') < 0)
            || (v.StartsWith("{", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal) && v.IndexOf(' ') < 0 && v.IndexOf('"') < 0);
    }

    private static bool IsSkeleton(string value)
    {
        bool any = false;
        foreach (string raw in value.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            int body = 0;
            while (body < line.Length && (char.IsDigit(line[body]) || line[body] is '-' or '*' or '.' or ')' or ' '))
            {
                body++;
            }

            string rest = line.Substring(body);
            if (rest.IndexOf('\n') >= 0 || !IsPlaceholder(rest) || rest.Length == 0)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool ContainsAny(string name, string[] words)
    {
        foreach (string word in words)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
