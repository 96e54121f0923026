using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.Analyzers.Diagnostics;

/// <summary>Turns Core findings into compiler diagnostics with the effective severity from promptlint.yaml.</summary>
internal static class FindingReporter
{
    /// <summary>A diagnostic at a position in a non-C# file (a prompt file, promptlint.yaml, appsettings.json).</summary>
    public static Diagnostic InFile(Finding finding, string path, SourceText? text) => InFile(finding, path, text, finding.Severity);

    /// <summary>As <see cref="InFile(Finding, string, SourceText?)"/>, at a severity the host decided (an .editorconfig section).</summary>
    public static Diagnostic InFile(Finding finding, string path, SourceText? text, Severity severity)
    {
        var p = finding.Position;
        var lineSpan = new LinePositionSpan(new LinePosition(p.Start.Line - 1, p.Start.Column - 1), new LinePosition(p.End.Line - 1, p.End.Column - 1));
        TextSpan span = text is null
            ? new TextSpan(0, 0)
            : TextSpan.FromBounds(Clamp(finding.Span.Start, text.Length), Clamp(finding.Span.End, text.Length));
        return At(finding.Rule, severity, Location.Create(path, span, lineSpan), finding.Message);
    }

    public static Diagnostic At(RuleDescriptor rule, Severity severity, Location location, string message) =>
        At(rule, severity, location, message, properties: null);

    /// <summary>As <see cref="At(RuleDescriptor, Severity, Location, string)"/>, with properties a code fix reads.</summary>
    public static Diagnostic At(RuleDescriptor rule, Severity severity, Location location, string message, System.Collections.Immutable.ImmutableDictionary<string, string?>? properties) =>
        Diagnostic.Create(Descriptors.For(rule), location, Descriptors.ToDiagnosticSeverity(severity), additionalLocations: null, properties, message);

    private static int Clamp(int value, int length) => Math.Max(0, Math.Min(value, length));
}
