using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Semantic models for trees other than the one being analyzed (a <c>static readonly</c> prompt in another file,
/// the body of a helper method), one per tree and compilation. Only asked for when a value or call leads there,
/// never for the whole compilation.
/// </summary>
internal static class SemanticModels
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> Models = new();

    public static SemanticModel For(Compilation compilation, SyntaxTree tree)
    {
        ConcurrentDictionary<SyntaxTree, SemanticModel> models = Models.GetValue(compilation, _ => new ConcurrentDictionary<SyntaxTree, SemanticModel>());
#pragma warning disable RS1030 // Cross-file values and helper summaries need the model of another tree; cached per tree, asked for on demand.
        return models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
