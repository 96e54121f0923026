using Microsoft.CodeAnalysis;
using PromptLint.Model;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// A message (or template) found in a method: its role, one resolved variant of its text, where it sits in code,
/// whether the call that sends it declares a response format, and whether it is part of an example history
/// rather than a live conversation.
/// </summary>
internal sealed record PromptPiece(PromptPart Part, MessageRole Role, ResolvedString? Value, Location Location, int Position)
{
    public bool FormatDeclared { get; init; }

    public bool InExampleHistory { get; init; }

    /// <summary>The SDK call, creation or assignment that carries the piece (which request it belongs to).</summary>
    public SyntaxNode? Site { get; init; }
}
