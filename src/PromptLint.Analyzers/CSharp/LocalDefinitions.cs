using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// The values a local can hold where it is read: its initializer and assignments before the read, minus those a
/// later unconditional assignment in an enclosing block overwrites (a syntactic reaching-definitions
/// approximation). Plain assignments each give a variant, reported where it is written; <c>+=</c> appends. A local
/// passed by <c>ref</c>/<c>out</c> or written inside a lambda is unresolved.
/// </summary>
internal static class LocalDefinitions
{
    private const int MaxWrites = 64;

    public static List<ResolvedString> Resolve(ILocalSymbol local, IOperation reference, int depth, Func<IOperation?, int, List<ResolvedString>> resolve)
    {
        if (local.IsConst || local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
        {
            return new List<ResolvedString>();
        }

        SyntaxNode declaration = local.DeclaringSyntaxReferences[0].GetSyntax();
        if (declaration is ForEachStatementSyntax loop)
        {
            return LoopElements.Resolve(loop, model, depth, resolve);
        }

        if (declaration is not VariableDeclaratorSyntax declarator || ScopeOf(declarator) is not { } body)
        {
            return new List<ResolvedString>();
        }

        int readAt = reference.Syntax.SpanStart;
        var writes = new List<(SyntaxNode Node, ExpressionSyntax? Value, bool Append)>();
        if (declarator.Initializer is { } initializer)
        {
            writes.Add((declarator, initializer.Value, false));
        }

        foreach (SyntaxNode node in NodesIn(body))
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax id } assignment when id.Identifier.ValueText == local.Name:
                    if (assignment.SpanStart >= readAt && !Encloses(assignment, reference.Syntax))
                    {
                        continue;
                    }

                    if (assignment.FirstAncestorOrSelf<SyntaxNode>(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) is { } lambda && !lambda.Contains(declarator)
                        || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && !assignment.IsKind(SyntaxKind.AddAssignmentExpression))
                    {
                        return new List<ResolvedString>();
                    }

                    writes.Add((assignment, assignment.Right, assignment.IsKind(SyntaxKind.AddAssignmentExpression)));
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword, Expression: IdentifierNameSyntax refId } when refId.Identifier.ValueText == local.Name:
                    return new List<ResolvedString>();
            }
        }

        if (writes.Count == 0 || writes.Count > MaxWrites)
        {
            return new List<ResolvedString>();
        }

        // The last plain write that certainly runs before the read (its statement is in a block around the read) kills the ones before it.
        writes.Sort((a, b) => a.Node.SpanStart.CompareTo(b.Node.SpanStart));
        int first = 0;
        for (int i = writes.Count - 1; i >= 0; i--)
        {
            if (!writes[i].Append && Dominates(writes[i].Node, reference.Syntax))
            {
                first = i;
                break;
            }
        }

        var live = writes.Skip(first).ToList();
        List<ResolvedString> ValueOf((SyntaxNode Node, ExpressionSyntax? Value, bool Append) write) =>
            write.Value is null ? new List<ResolvedString>() : resolve(model.GetOperation(write.Value), depth + 1);

        if (live.Skip(1).Any(w => w.Append))
        {
            if (live.Skip(1).Any(w => !w.Append))
            {
                return new List<ResolvedString>();
            }

            return StringResolver.Product(live.Select(w => ValueOf(w).Select(v => v.WrittenAt(w.Value!.GetLocation())).ToList()).ToList());
        }

        if (live.Count == 1)
        {
            return ValueOf(live[0]);
        }

        return StringResolver.Cap(live.SelectMany(w => ValueOf(w).Select(v => v.WrittenAt(w.Value!.GetLocation()))));
    }

    /// <summary>
    /// The body a local lives in: a method, accessor, local function or lambda block, an expression body, or — for
    /// top-level statements — the compilation unit (of which only the global statements are searched).
    /// </summary>
    internal static SyntaxNode? ScopeOf(SyntaxNode declarator) =>
        declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax }
            or ArrowExpressionClauseSyntax or CompilationUnitSyntax);

    /// <summary>The expressions a local is given: its initializer, then each plain or compound assignment in its scope.</summary>
    internal static IEnumerable<ExpressionSyntax> WrittenValues(VariableDeclaratorSyntax declarator, string name)
    {
        if (declarator.Initializer is { } initializer)
        {
            yield return initializer.Value;
        }

        if (ScopeOf(declarator) is not { } scope)
        {
            yield break;
        }

        foreach (AssignmentExpressionSyntax assignment in NodesIn(scope).OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is IdentifierNameSyntax id && id.Identifier.ValueText == name)
            {
                yield return assignment.Right;
            }
        }
    }

    /// <summary>The nodes of a scope; of a compilation unit, those of its top-level statements only.</summary>
    internal static IEnumerable<SyntaxNode> NodesIn(SyntaxNode scope) => scope is CompilationUnitSyntax unit
        ? unit.Members.OfType<GlobalStatementSyntax>().SelectMany(g => g.DescendantNodes())
        : scope.DescendantNodes();

    private static bool Encloses(SyntaxNode outer, SyntaxNode inner) => outer.Span.Contains(inner.Span);

    /// <summary>A write whose statement sits directly in a block (or switch section) that also contains the read, before it.</summary>
    private static bool Dominates(SyntaxNode write, SyntaxNode read)
    {
        if (write is VariableDeclaratorSyntax)
        {
            return true;
        }

        SyntaxNode? statement = write.FirstAncestorOrSelf<StatementSyntax>();
        if (statement?.Parent is GlobalStatementSyntax)
        {
            // A top-level statement runs before every later top-level statement (not before a local function's body).
            return statement.Span.End <= read.SpanStart && read.FirstAncestorOrSelf<SyntaxNode>(n => n is LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) is null;
        }

        return statement?.Parent is BlockSyntax or SwitchSectionSyntax && statement.Parent.Span.Contains(read.Span) && statement.Span.End <= read.SpanStart;
    }
}
