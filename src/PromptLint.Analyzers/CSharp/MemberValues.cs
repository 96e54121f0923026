using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Values kept in members of this compilation: a <c>readonly</c> field or get-only property (static or instance)
/// with an initializer that nothing else assigns, and the return value of a method with a single
/// <c>return</c> (or an expression body), through at most <see cref="ResolutionBudget.MaxHelperDepth"/> methods.
/// A member being resolved is not entered again (a cycle), and a virtual member may be overridden, so neither is read.
/// </summary>
internal static class MemberValues
{
    private static readonly List<ResolvedString> None = new();

    public static List<ResolvedString> FromInitializer(ISymbol member, IOperation context, int depth, Func<IOperation?, int, List<ResolvedString>> resolve)
    {
        if (member.IsVirtual || member.IsAbstract || member.IsOverride || member.DeclaringSyntaxReferences.Length != 1)
        {
            return None;
        }

        SyntaxNode declaration = member.DeclaringSyntaxReferences[0].GetSyntax();
        (ExpressionSyntax? value, bool initializer) = declaration switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } v } => (v, true),
            PropertyDeclarationSyntax { Initializer.Value: { } v } => (v, true),
            PropertyDeclarationSyntax { ExpressionBody.Expression: { } v } => (v, false),
            _ => ((ExpressionSyntax?)null, false),
        };
        if (value is null || (initializer && AssignedOutsideInitializer(member)))
        {
            return None;
        }

        return Within(member, helper: false, () => ResolveIn(value, context, depth, resolve));
    }

    public static List<ResolvedString> FromReturn(IMethodSymbol method, IOperation context, int depth, Func<IOperation?, int, List<ResolvedString>> resolve)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_String || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern
            || method.IsAsync || method.DeclaringSyntaxReferences.Length != 1 || ReturnedExpression(method.DeclaringSyntaxReferences[0].GetSyntax()) is not { } value)
        {
            return None;
        }

        return Within(method, helper: true, () => ResolveIn(value, context, depth, resolve));
    }

    private static List<ResolvedString> Within(ISymbol member, bool helper, Func<List<ResolvedString>> resolve)
    {
        ResolutionBudget budget = ResolutionBudget.Current;
        if (!budget.Enter(member, helper))
        {
            return None;
        }

        try
        {
            return resolve();
        }
        finally
        {
            budget.Leave(member, helper);
        }
    }

    private static List<ResolvedString> ResolveIn(ExpressionSyntax value, IOperation context, int depth, Func<IOperation?, int, List<ResolvedString>> resolve)
    {
        if (context.SemanticModel is not { } model)
        {
            return None;
        }

        SemanticModel valueModel = value.SyntaxTree == model.SyntaxTree ? model : SemanticModels.For(model.Compilation, value.SyntaxTree);
        return resolve(valueModel.GetOperation(value), depth + 1);
    }

    /// <summary><c>=> expr</c>, or a block whose only <c>return</c> (outside nested functions) is its last statement.</summary>
    private static ExpressionSyntax? ReturnedExpression(SyntaxNode declaration)
    {
        (ArrowExpressionClauseSyntax? arrow, BlockSyntax? body) = declaration switch
        {
            MethodDeclarationSyntax m => (m.ExpressionBody, m.Body),
            LocalFunctionStatementSyntax f => (f.ExpressionBody, f.Body),
            _ => (null, null),
        };
        if (arrow is not null)
        {
            return arrow.Expression;
        }

        if (body?.Statements.LastOrDefault() is not ReturnStatementSyntax { Expression: { } last })
        {
            return null;
        }

        int returns = body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Count();
        return returns == 1 ? last : null;
    }

    /// <summary>A constructor or method of the type (any part of it) assigns the member: its initializer is not the only value.</summary>
    private static bool AssignedOutsideInitializer(ISymbol member) =>
        member.ContainingType.DeclaringSyntaxReferences.Any(part => AssignedNames.GetValue(part.GetSyntax(), CollectAssignedNames).Contains(member.Name));

    /// <summary>Names assigned anywhere in a type declaration, collected once per declaration.</summary>
    private static readonly ConditionalWeakTable<SyntaxNode, HashSet<string>> AssignedNames = new();

    private static HashSet<string> CollectAssignedNames(SyntaxNode type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        // An object initializer's "Name = …" sets a member of the object being created, not of this type.
        foreach (AssignmentExpressionSyntax assignment in type.DescendantNodes().OfType<AssignmentExpressionSyntax>().Where(a => a.Parent is not InitializerExpressionSyntax))
        {
            string? name = assignment.Left switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax, Name: { } n } => n.Identifier.ValueText,
                _ => null,
            };
            if (name is not null)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
