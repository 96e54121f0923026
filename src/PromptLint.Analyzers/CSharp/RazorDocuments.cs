using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Generated code is not linted, except the C# the Razor compiler generates for components and pages: its
/// <c>#line</c> directives map the <c>@code</c> block and markup expressions back to the <c>.razor</c>/<c>.cshtml</c>
/// file, so a diagnostic there is reported at the line the developer wrote. Decided once per tree.
/// </summary>
internal static class RazorDocuments
{
    private static readonly ConditionalWeakTable<SyntaxTree, object> Verdicts = new();
    private static readonly object Yes = new(), No = new();

    /// <summary>Lint this code: hand-written, or generated from a Razor file.</summary>
    public static bool ShouldAnalyze(bool isGeneratedCode, SyntaxTree? tree) => !isGeneratedCode || (tree is not null && IsRazor(tree));

    public static bool IsRazor(SyntaxTree tree) => Verdicts.GetValue(tree, t => MapsToRazor(t) ? Yes : No) == Yes;

    private static bool MapsToRazor(SyntaxTree tree) =>
        tree.GetLineMappings().Any(m => m.MappedSpan.HasMappedPath
            && (m.MappedSpan.Path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || m.MappedSpan.Path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)));
}
