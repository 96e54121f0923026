using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// A string value known at compile time (one variant of it, when a local has several reaching definitions or a
/// conditional has two constant branches). Interpolation holes whose value is not constant appear in
/// <see cref="Text"/> as <c>{{name}}</c> template variables (so the template rules see them) and are listed in
/// <see cref="Holes"/> with their code location. <see cref="Segments"/> say where text that was written somewhere
/// else than the use (a <c>StringBuilder</c> append, an assignment, a conditional branch) sits in code, so a
/// finding is reported where its text is written.
/// </summary>
internal sealed class ResolvedString
{
    public static readonly IReadOnlyList<Hole> NoHoles = new Hole[0];
    public static readonly IReadOnlyList<Segment> NoSegments = new Segment[0];

    public ResolvedString(string text, IReadOnlyList<Hole> holes, IReadOnlyList<Segment>? segments = null)
    {
        Text = text;
        Holes = holes;
        Segments = segments ?? NoSegments;
    }

    public string Text { get; }

    public IReadOnlyList<Hole> Holes { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public static ResolvedString Constant(string text) => new(text, NoHoles);

    /// <summary>The same text, marked as written at <paramref name="location"/> (innermost segments stay more precise).</summary>
    public ResolvedString WrittenAt(Location location) =>
        new(Text, Holes, new[] { new Segment(0, Text.Length, location) }.Concat(Segments).ToList());

    public static ResolvedString Concat(IEnumerable<ResolvedString> parts)
    {
        var text = new StringBuilder();
        var holes = new List<Hole>();
        var segments = new List<Segment>();
        foreach (ResolvedString part in parts)
        {
            int offset = text.Length;
            text.Append(part.Text);
            holes.AddRange(part.Holes.Select(h => h with { Start = h.Start + offset }));
            segments.AddRange(part.Segments.Select(s => s with { Start = s.Start + offset }));
        }

        return new ResolvedString(text.ToString(), holes, segments);
    }

    /// <summary>The innermost segment that holds <paramref name="offset"/>, if any.</summary>
    public Location? SegmentAt(int offset)
    {
        Segment? best = null;
        foreach (Segment segment in Segments)
        {
            if (offset >= segment.Start && (offset < segment.Start + segment.Length || (segment.Length == 0 && offset == segment.Start))
                && (best is null || segment.Length <= best.Value.Length))
            {
                best = segment;
            }
        }

        return best?.Location;
    }

    /// <summary>A non-constant part: where its placeholder sits in <see cref="Text"/> (a <c>{{name}}</c> variable when the value comes from outside the method), its code location, and a description of an untrusted source.</summary>
    public readonly record struct Hole(int Start, int Length, Location Location, string? Source = null);

    /// <summary>Text written at <see cref="Location"/> occupies <see cref="Start"/>..+<see cref="Length"/> of the value.</summary>
    public readonly record struct Segment(int Start, int Length, Location Location);
}
