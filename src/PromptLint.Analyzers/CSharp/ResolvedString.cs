using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// A string value known at compile time. Interpolation holes whose value is not constant appear in
/// <see cref="Text"/> as <c>{{name}}</c> template variables (so the template rules see them) and are listed in
/// <see cref="Holes"/> with their code location.
/// </summary>
internal sealed class ResolvedString
{
    public ResolvedString(string text, IReadOnlyList<Hole> holes)
    {
        Text = text;
        Holes = holes;
    }

    public string Text { get; }

    public IReadOnlyList<Hole> Holes { get; }

    /// <summary>A non-constant part: where its placeholder sits in <see cref="Text"/>, its code location, and whether it comes from outside the method (a parameter or request data).</summary>
    public readonly record struct Hole(int Start, int Length, Location Location, bool FromInput);
}
