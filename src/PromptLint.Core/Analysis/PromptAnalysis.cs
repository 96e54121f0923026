using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Analysis.Finders;
using PromptLint.Analysis.Outline;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>
/// What the heuristics found in one document, computed once by the Linter from one outline per message: format
/// specs, the role, worked examples and output-only samples, conflicts. The document stays a pure read model;
/// rules read this. Spans are source spans.
/// </summary>
internal sealed class PromptAnalysis
{
    private PromptAnalysis(PromptDocument document) => Document = document;

    public PromptDocument Document { get; }

    public IReadOnlyList<MessageOutline> Outlines { get; private set; } = Array.Empty<MessageOutline>();

    /// <summary>True when the instructions hold static words, not only template tags.</summary>
    public bool HasStaticInstructions { get; private set; }

    /// <summary>Words in the instructions, not counting template tags.</summary>
    public int StaticWordCount { get; private set; }

    /// <summary>
    /// True when the instructions say something to a model: a line that instructs, asks or speaks to "you", a sentence in the imperative, a role or
    /// a format. Placeholder text ("Hello from the prompt file", "This is a user message.") in a file says nothing to
    /// judge, even in chat turns; a string that C# code sends is always judged.
    /// </summary>
    public bool AddressesModel { get; private set; }

    public IReadOnlyList<FormatEvidence> FormatSpecs { get; private set; } = Array.Empty<FormatEvidence>();

    public RoleEvidence? Role { get; private set; }

    public IReadOnlyList<FewShotExample> Examples { get; private set; } = Array.Empty<FewShotExample>();

    /// <summary>The style that found each of <see cref="Examples"/>, in the same order (for tests of the signals).</summary>
    public IReadOnlyList<ExampleStyle> ExampleStyles { get; private set; } = Array.Empty<ExampleStyle>();

    /// <summary>Output-only samples (an example block with no input), which are not worked examples.</summary>
    public IReadOnlyList<TextSpan> Samples { get; private set; } = Array.Empty<TextSpan>();

    public IReadOnlyList<Conflict> Conflicts { get; private set; } = Array.Empty<Conflict>();

    public static PromptAnalysis Of(PromptDocument document)
    {
        var analysis = new PromptAnalysis(document);
        analysis.Run();
        return analysis;
    }

    private void Run()
    {
        IReadOnlyList<PromptMessage> messages = Document.Messages;
        IReadOnlyList<PromptMessage> instructions = Document.InstructionMessages;
        int finalUser = -1;
        for (int i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i].Role == MessageRole.User)
            {
                finalUser = i;
                break;
            }
        }

        var tags = TagsBySource(Document);
        var instructionSet = new HashSet<PromptMessage>(instructions, ReferenceComparer.Instance);
        var outlines = new List<MessageOutline>(messages.Count);
        for (int i = 0; i < messages.Count; i++)
        {
            PromptMessage message = messages[i];
            var outline = new MessageOutline(message, instructionSet.Contains(message), i == finalUser);
            AddTags(outline, tags, Document.Source.Text);
            OutlineBuilder.Build(outline);
            outlines.Add(outline);
        }

        Outlines = outlines;
        SlotInfo slots = Slots(outlines);
        var examples = new List<FewShotExample>();
        var styles = new List<ExampleStyle>();
        var samples = new List<TextSpan>();
        AddChatTurns(outlines, finalUser, examples, styles);
        ExampleRegions[] exampleRegions = FindExamples(outlines, slots, examples, styles, samples);
        var formats = new List<FormatEvidence>();
        var conflicts = new List<Conflict>();
        for (int i = 0; i < outlines.Count; i++)
        {
            MessageOutline outline = outlines[i];
            ExampleRegions regions = exampleRegions[i];
            if (outline.IsInstruction)
            {
                StaticWordCount += outline.StaticWordCount;
            }

            if (!outline.IsInstruction && !outline.IsFinalUserTurn)
            {
                continue;
            }

            LabeledLine? finalSlot = ReferenceEquals(outline, slots.Outline) ? slots.FinalSlot : null;
            if (formats.Count == 0 && FormatFinder.Find(outline, regions, finalSlot) is { } format)
            {
                formats.Add(format with { Span = outline.Message.ToSource(format.Span) });
            }

            if (Role is null && RoleFinder.Find(outline, regions) is { } role)
            {
                Role = role with { Span = outline.Message.ToSource(role.Span) };
            }

            if (outline.IsInstruction)
            {
                foreach (Conflict conflict in ConflictDetector.Find(outline, regions))
                {
                    conflicts.Add(conflict with { First = outline.Message.ToSource(conflict.First), Second = outline.Message.ToSource(conflict.Second) });
                }
            }
        }

        HasStaticInstructions = StaticWordCount > 0;
        // A string that code sends as a message is a prompt by construction; placeholder text is a question for files.
        AddressesModel = Document.Format == PromptFormat.CSharpString || Role is not null || formats.Count > 0 || AnyLineInstructs(outlines);
        FormatSpecs = formats;
        Examples = examples;
        ExampleStyles = styles;
        Samples = samples;
        Conflicts = conflicts;
    }

    /// <summary>
    /// The worked examples and output-only samples of every message (in source spans), and for each message where its
    /// examples stand, which the finders that skip examples are given.
    /// </summary>
    private static ExampleRegions[] FindExamples(List<MessageOutline> outlines, SlotInfo slots, List<FewShotExample> examples, List<ExampleStyle> styles, List<TextSpan> samples)
    {
        var found = new List<FoundExample>();
        var regions = new ExampleRegions[outlines.Count];
        for (int i = 0; i < outlines.Count; i++)
        {
            MessageOutline outline = outlines[i];
            regions[i] = ExampleRegions.None;
            // Examples are written into the instructions or the final user turn of a template; an earlier user turn is
            // already the input side of a chat-turn example, and its labeled lines are that input, not more examples.
            if (!outline.IsInstruction && !outline.IsFinalUserTurn)
            {
                continue;
            }

            found.Clear();
            var localSamples = new List<TextSpan>();
            regions[i] = ExampleFinder.Find(outline, slots, found, localSamples);
            foreach (FoundExample e in found)
            {
                examples.Add(new FewShotExample(ExampleKind.Textual, outline.Message.ToSource(e.Span), e.Input, e.Output));
                styles.Add(e.Style);
            }

            foreach (TextSpan s in localSamples)
            {
                samples.Add(outline.Message.ToSource(s));
            }
        }

        return regions;
    }

    private static bool AnyLineInstructs(List<MessageOutline> outlines)
    {
        foreach (MessageOutline outline in outlines)
        {
            if (!outline.IsInstruction && !outline.IsFinalUserTurn)
            {
                continue;
            }

            if (Formats.AddressedToModel.Measure(outline.Message.Text, 0).Instructions > 0)
            {
                return true;
            }

            foreach (Sentence sentence in outline.Sentences)
            {
                if (Vocabulary.OpensImperative(sentence.Words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed class ReferenceComparer : IEqualityComparer<PromptMessage>
    {
        public static ReferenceComparer Instance { get; } = new();

        public bool Equals(PromptMessage? x, PromptMessage? y) => ReferenceEquals(x, y);

        public int GetHashCode(PromptMessage obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>The template tags of the reader's scan, sorted by source start (stable: tags that start together keep the reader's order).</summary>
    private static List<TemplateExpression> TagsBySource(PromptDocument document) =>
        document.Expressions.OrderBy(e => e.Span.Start).ToList();

    /// <summary>
    /// Maps the tags inside a message to message offsets. The map goes text → source and is monotonic, so a binary
    /// search over text offsets finds each tag; a tag whose text differs (a decoded escape) is left out.
    /// </summary>
    private static void AddTags(MessageOutline outline, List<TemplateExpression> tags, string source)
    {
        PromptMessage message = outline.Message;
        if (tags.Count == 0 || message.Text.Length == 0)
        {
            return;
        }

        TextSpan body = message.SourceSpan;
        int first = LowerBound(tags, body.Start);
        for (int k = first; k < tags.Count && tags[k].Span.Start < body.End; k++)
        {
            TextSpan tag = tags[k].Span;
            int t = TextOffsetOf(message, tag.Start);
            if (t < 0 || t + tag.Length > message.Text.Length || tag.End > source.Length
                || string.CompareOrdinal(message.Text, t, source, tag.Start, tag.Length) != 0)
            {
                continue;
            }

            var span = new TextSpan(t, tag.Length);
            if (outline.TemplateTags.Count == 0 || outline.TemplateTags[outline.TemplateTags.Count - 1].End <= span.Start)
            {
                outline.TemplateTags.Add(span);
                outline.TagExpressions.Add(tags[k]);
            }
        }
    }

    private static int LowerBound(List<TemplateExpression> tags, int start)
    {
        int lo = 0, hi = tags.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tags[mid].Span.Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int TextOffsetOf(PromptMessage message, int sourceOffset)
    {
        int lo = 0, hi = message.Text.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (message.Map.ToSource(mid) < sourceOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return message.Map.ToSource(lo) == sourceOffset ? lo : -1;
    }

    /// <summary>
    /// The final answer slot: the last labeled line of the last non-assistant message with nothing static after it
    /// (<c>Output:</c>, <c>stars:</c>, <c>Summarize this:</c> + <c>{{$input}}</c>), and the labels that message fills
    /// from variables.
    /// </summary>
    private static SlotInfo Slots(List<MessageOutline> outlines)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (int i = outlines.Count - 1; i >= 0; i--)
        {
            MessageOutline o = outlines[i];
            if (o.Message.Role is MessageRole.Assistant or MessageRole.Tool || o.Lines.Count == 0)
            {
                continue;
            }

            LabeledLine? final = null;
            foreach (LabeledLine label in o.Labels)
            {
                if (!label.ValueIsStatic && label.Style != LabelStyle.TemplatedSpeaker && (!label.ValueIsEmpty || FilledFromVariable(o, label.Line)))
                {
                    labels.Add(label.Label);
                }
            }

            if (o.Labels.Count > 0)
            {
                LabeledLine last = o.Labels[o.Labels.Count - 1];
                if (last.Style != LabelStyle.TemplatedSpeaker && !last.ValueIsStatic && NothingStaticAfter(o, last.Line))
                {
                    final = last;
                }
            }

            return new SlotInfo(o, final, labels);
        }

        return new SlotInfo(null, null, labels);
    }

    /// <summary>"Summary:" followed by a line that is only a template tag (or by nothing).</summary>
    private static bool FilledFromVariable(MessageOutline o, int line)
    {
        for (int l = line + 1; l < o.Lines.Count; l++)
        {
            if (o.Lines[l].Kind == LineKind.Blank)
            {
                continue;
            }

            return o.Lines[l].TemplateOnly;
        }

        return true;
    }

    private static bool NothingStaticAfter(MessageOutline o, int line)
    {
        for (int l = line + 1; l < o.Lines.Count; l++)
        {
            Line x = o.Lines[l];
            if (x.Kind is LineKind.Blank or LineKind.Separator || x.TemplateOnly || x.InFence)
            {
                continue;
            }

            if (l == line + 1 || l == line + 2)
            {
                continue; // "Summarize this:" then the input line, or a closing delimiter
            }

            return false;
        }

        return true;
    }

    /// <summary>A user turn answered by an assistant turn with constant text, before the final user turn.</summary>
    private static void AddChatTurns(List<MessageOutline> outlines, int finalUser, List<FewShotExample> examples, List<ExampleStyle> styles)
    {
        for (int i = 0; i + 1 < finalUser; i++)
        {
            MessageOutline user = outlines[i], assistant = outlines[i + 1];
            if (user.Message.Role == MessageRole.User && assistant.Message.Role == MessageRole.Assistant
                && assistant.HasStaticText(new TextSpan(0, assistant.Text.Length)) && user.HasStaticText(new TextSpan(0, user.Text.Length)))
            {
                var span = TextSpan.FromBounds(user.Message.MarkerSpan.Start, assistant.Message.SourceSpan.End);
                examples.Add(new FewShotExample(ExampleKind.Structural, span, user.Text, assistant.Text));
                styles.Add(ExampleStyle.ChatTurns);
            }
        }
    }
}
