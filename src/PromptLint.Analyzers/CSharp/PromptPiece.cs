using Microsoft.CodeAnalysis;
using PromptLint.Model;

namespace PromptLint.Analyzers.CSharp;

/// <summary>A message (or template) found in a method: its role, its resolved text, and where it sits in code.</summary>
internal sealed record PromptPiece(PromptPart Part, MessageRole Role, ResolvedString? Value, Location Location, int Position);
