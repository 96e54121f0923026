using System;
using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// POML (<c>.poml</c>, root <c>&lt;poml&gt;</c>): <c>&lt;system-msg&gt;</c>, <c>&lt;user-msg&gt;</c> and
/// <c>&lt;ai-msg&gt;</c> are messages; everything else inside the root (<c>&lt;role&gt;</c>, <c>&lt;task&gt;</c>,
/// <c>&lt;output-format&gt;</c>, <c>&lt;examples&gt;</c>, plain text …) is read as the system instructions, in which
/// <c>&lt;example&gt;</c> blocks with <c>&lt;input&gt;</c>/<c>&lt;output&gt;</c> are worked examples.
/// <c>&lt;output-schema&gt;</c> declares the output; <c>&lt;output-format&gt;</c> stays in the instructions, where it
/// counts as a format only when its content gives the answer a shape. <c>{{ }}</c> expressions are
/// template variables. Elements left open are PL0014.
/// </summary>
internal sealed class PomlReader : PromptReader
{
    public override PromptFormat Format => PromptFormat.Poml;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        string text = builder.Source.Text;
        int start = builder.Source.ContentStart;
        var problems = new List<(TextSpan Span, string Message)>();
        List<PomlElement> elements = PomlElements.Scan(text, start, problems);
        foreach ((TextSpan span, string message) in problems)
        {
            builder.AddProblem(MalformedStructure.Rule, span, message);
        }

        string body = text.Substring(start);
        builder.ScanTemplate(body, TextMap.Contiguous(start, body.Length), TemplateDialect.Mustache);

        PomlElement? root = elements.Find(e => string.Equals(e.Name, "poml", StringComparison.OrdinalIgnoreCase));
        TextSpan content = root is { Close: not null } ? root.Inner : TextSpan.FromBounds(root?.Open.End ?? start, text.Length);
        var messages = new List<PomlElement>();
        foreach (PomlElement e in elements)
        {
            if (RoleOf(e.Name) is not null && e.Close is not null && content.Contains(e.Open.Start) && (messages.Count == 0 || messages[messages.Count - 1].Whole.End <= e.Open.Start))
            {
                messages.Add(e);
            }
            else if (e.Name is "output-schema" && e.Close is not null)
            {
                builder.AddOutput($"<{e.Name}> element", e.Whole);
            }
        }

        AddInstructions(builder, text, content, messages);
        foreach (PomlElement message in messages)
        {
            TextSpan inner = message.Inner;
            RoleMarkers.AddSegment(builder, text, TextMap.Contiguous(0, text.Length), inner.Start, inner.End, RoleOf(message.Name)!.Value, message.Open, implicitRole: false, requireContent: false);
        }
    }

    /// <summary>The root's content outside the message elements, as one system message (when it has any text).</summary>
    private static void AddInstructions(PromptDocumentBuilder builder, string text, TextSpan content, List<PomlElement> messages)
    {
        var runs = new TextMap.Builder();
        int at = content.Start;
        foreach (PomlElement message in messages)
        {
            runs.AppendSource(text, at, message.Whole.Start - at);
            at = message.Whole.End;
        }

        runs.AppendSource(text, at, content.End - at);
        (string instructions, TextMap map) = runs.Build();
        RoleMarkers.AddSegment(builder, instructions, map, 0, instructions.Length, MessageRole.System, default, implicitRole: true, requireContent: true);
    }

    private static MessageRole? RoleOf(string element) => element.ToLowerInvariant() switch
    {
        "system-msg" => MessageRole.System,
        "user-msg" or "human-msg" => MessageRole.User,
        "ai-msg" => MessageRole.Assistant,
        _ => null,
    };
}
