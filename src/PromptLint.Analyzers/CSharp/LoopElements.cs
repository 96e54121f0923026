using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// The values of a <c>foreach</c> variable: each element of the collection it walks, when that collection is written
/// out here — an array, a collection expression or a collection initializer, inline, in a local that nothing
/// reassigns or edits, or in a <c>readonly</c> field. Each element is a variant, reported where it is written.
/// </summary>
internal static class LoopElements
{
    private const int MaxHops = 2;
    private static readonly HashSet<string> Edits = new(StringComparer.Ordinal) { "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "Clear", "Reverse", "Sort" };

    public static List<ResolvedString> Resolve(ForEachStatementSyntax loop, SemanticModel model, int depth, Func<IOperation?, int, List<ResolvedString>> resolve)
    {
        IReadOnlyList<IOperation>? elements = FromSyntax(loop.Expression, model, 0);
        if (elements is null)
        {
            return new List<ResolvedString>();
        }

        return StringResolver.Cap(elements.SelectMany(e => resolve(e, depth + 1).Select(v => v.WrittenAt(e.Syntax.GetLocation()))));
    }

    private static IReadOnlyList<IOperation>? Elements(IOperation? collection, SemanticModel model, int hops)
    {
        collection = collection is null ? null : PromptSites.Unwrap(collection);
        switch (collection)
        {
            case null:
                return null;
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case IObjectCreationOperation { Initializer: { Initializers.Length: > 0 } initializer }:
                var added = initializer.Initializers.Select(i => i is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : null).ToList();
                return added.Any(a => a is null) ? null : added.OfType<IOperation>().ToList();
            case ILocalReferenceOperation { Local: { } local } when hops < MaxHops:
                return local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && !Edited(declarator, local.Name)
                    ? FromSyntax(value, model, hops + 1)
                    : null;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field } when hops < MaxHops:
                return field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial }
                    ? FromSyntax(initial, SemanticModels.For(model.Compilation, initial.SyntaxTree), hops + 1)
                    : null;
        }

        return null;
    }

    /// <summary>A collection expression is read from its syntax (Roslyn 4.8 has no operation for it); anything else from its operation.</summary>
    private static IReadOnlyList<IOperation>? FromSyntax(ExpressionSyntax value, SemanticModel model, int hops)
    {
        if (value is not CollectionExpressionSyntax expression)
        {
            return Elements(model.GetOperation(value), model, hops);
        }

        if (!expression.Elements.All(e => e is ExpressionElementSyntax))
        {
            return null;
        }

        var values = expression.Elements.Cast<ExpressionElementSyntax>().Select(e => model.GetOperation(e.Expression)).ToList();
        return values.Any(v => v is null) ? null : values.OfType<IOperation>().ToList();
    }

    /// <summary>The local is reassigned, or a list method that changes it is called on it.</summary>
    private static bool Edited(VariableDeclaratorSyntax declarator, string name)
    {
        if (LocalDefinitions.ScopeOf(declarator) is not { } scope)
        {
            return true;
        }

        foreach (SyntaxNode node in LocalDefinitions.NodesIn(scope))
        {
            bool edited = node switch
            {
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax id } => id.Identifier.ValueText == name,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name: { } method } } =>
                    target.Identifier.ValueText == name && Edits.Contains(method.Identifier.ValueText),
                ArgumentSyntax { Expression: IdentifierNameSyntax passed } => passed.Identifier.ValueText == name && node.Parent?.Parent is not ElementAccessExpressionSyntax,
                _ => false,
            };
            if (edited)
            {
                return true;
            }
        }

        return false;
    }
}
