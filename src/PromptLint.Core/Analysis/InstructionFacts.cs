using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>A piece of evidence found in instruction text, with its source span.</summary>
public readonly record struct Evidence(string Kind, TextSpan Span);

/// <summary>What the instructions of a prompt say, computed once per document from its messages.</summary>
public sealed class InstructionFacts
{
    private InstructionFacts() { }

    /// <summary>True when the prompt has instruction text to judge (static words, not only template tags).</summary>
    public bool HasStaticInstructions { get; private set; }

    /// <summary>Words in the instructions, not counting template tags.</summary>
    public int StaticWordCount { get; private set; }

    public IReadOnlyList<Evidence> FormatSpecs { get; private set; } = new List<Evidence>();

    public Evidence? Persona { get; private set; }

    public IReadOnlyList<Conflict> Conflicts { get; private set; } = new List<Conflict>();

    /// <summary>
    /// The messages whose text counts as instructions: system and developer messages; when there are none,
    /// the first message (a template without roles, or a user turn carrying the instructions).
    /// </summary>
    public static IReadOnlyList<PromptMessage> InstructionsOf(PromptDocument document)
    {
        var explicitInstructions = document.Messages.Where(m => m.Role.IsInstruction()).ToList();
        if (explicitInstructions.Count > 0)
        {
            return explicitInstructions;
        }

        return document.Messages.Count > 0 && document.Messages[0].Role == MessageRole.User
            ? new[] { document.Messages[0] }
            : System.Array.Empty<PromptMessage>();
    }

    internal static InstructionFacts Analyze(PromptDocument document)
    {
        var facts = new InstructionFacts();
        var formats = new List<Evidence>();
        var conflicts = new List<Conflict>();
        foreach (PromptMessage message in InstructionsOf(document))
        {
            string staticText = StripTemplateTags(message.Text);
            int words = Sentences.CountWords(staticText);
            facts.StaticWordCount += words;
            facts.HasStaticInstructions |= words > 0;

            var exampleSpans = ExampleDetector.TextualIn(document, message).Select(e => e.Span).ToList();
            foreach ((string kind, TextSpan span) in OutputFormatDetector.Find(staticText, exampleSpans, limit: 1))
            {
                formats.Add(new Evidence(kind, message.ToSource(span)));
            }

            if (facts.Persona is null && PersonaDetector.Find(staticText) is { } persona)
            {
                facts.Persona = new Evidence("persona", message.ToSource(persona));
            }

            foreach (Conflict conflict in ConflictDetector.Find(staticText))
            {
                conflicts.Add(conflict with { First = message.ToSource(conflict.First), Second = message.ToSource(conflict.Second) });
            }
        }

        facts.FormatSpecs = formats;
        facts.Conflicts = conflicts;
        return facts;
    }

    /// <summary>Blanks out <c>{{ … }}</c>, <c>{% … %}</c> and <c>{# … #}</c> tags, keeping offsets unchanged.</summary>
    internal static string StripTemplateTags(string text)
    {
        if (text.IndexOf('{') < 0)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        // A closer missing after one opener is missing after every later one: remember it (keeps this linear).
        var missingFrom = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        while (i + 1 < chars.Length)
        {
            char next = chars[i + 1];
            if (chars[i] == '{' && (next == '{' || next == '%' || next == '#'))
            {
                string closer = next == '{' ? "}}" : next + "}";
                int close = missingFrom.TryGetValue(closer, out int from) && from <= i + 2 ? -1 : text.IndexOf(closer, i + 2, StringComparison.Ordinal);
                if (close < 0 && !missingFrom.ContainsKey(closer))
                {
                    missingFrom[closer] = i + 2;
                }

                int end = close < 0 ? i + 2 : close + 2;
                for (int k = i; k < end; k++)
                {
                    if (chars[k] != '\n')
                    {
                        chars[k] = ' ';
                    }
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return new string(chars);
    }
}
