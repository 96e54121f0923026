using System;
using System.Collections.Generic;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>One message of a prompt that a host assembled from code (C# strings), not read from a file.</summary>
public readonly record struct ComposedMessage(MessageRole Role, string Text);

/// <summary>
/// A prompt assembled by a host (the analyzer: C# strings passed to an SDK) as a <see cref="PromptDocument"/> the
/// rules can read. The document's source text is the messages joined by blank lines; <see cref="MessageAt"/>
/// tells which message a finding's offset falls in, so the host can report it at that message's code location.
/// </summary>
public sealed class ComposedPrompt
{
    private readonly int[] _starts;

    private ComposedPrompt(PromptDocument document, int[] starts)
    {
        Document = document;
        _starts = starts;
    }

    public PromptDocument Document { get; }

    /// <param name="path">The code file the prompt comes from (findings carry it).</param>
    /// <param name="messages">The messages in order.</param>
    /// <param name="declaredOutput">A structured-output or response-format setting at the call site, if any.</param>
    /// <param name="modelId">The model ID at the call site, if known.</param>
    /// <param name="dialect">The template dialect of the texts (Semantic Kernel for prompt templates; Mustache for plain strings whose holes were written as <c>{{name}}</c>).</param>
    public static ComposedPrompt Create(string path, IReadOnlyList<ComposedMessage> messages, string? declaredOutput, string? modelId, TemplateDialect dialect)
    {
        var text = new System.Text.StringBuilder();
        var starts = new int[messages.Count];
        for (int i = 0; i < messages.Count; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }

            starts[i] = text.Length;
            text.Append(messages[i].Text);
        }

        var builder = new PromptDocumentBuilder(new SourceText(path, text.ToString()), PromptFormat.CSharpString);
        for (int i = 0; i < messages.Count; i++)
        {
            TextMap map = TextMap.Contiguous(starts[i], messages[i].Text.Length);
            builder.ScanTemplate(messages[i].Text, map, dialect);
            builder.AddMessage(messages[i].Role, messages[i].Text, map, new TextSpan(starts[i], 0));
        }

        if (declaredOutput is not null)
        {
            builder.AddOutput(declaredOutput, new TextSpan(0, 0));
        }

        if (modelId is not null)
        {
            builder.Model = new DeclaredModel(modelId, new TextSpan(0, 0));
        }

        return new ComposedPrompt(builder.Build(), starts);
    }

    /// <summary>The index of the message that contains <paramref name="offset"/> of the document's text.</summary>
    public int MessageAt(int offset)
    {
        int index = Array.BinarySearch(_starts, offset);
        return Math.Max(0, index >= 0 ? index : ~index - 1);
    }
}
