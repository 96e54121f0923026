using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// The text of a local <c>StringBuilder</c> at a <c>ToString()</c> call: its constructor text and the
/// <c>Append</c>/<c>AppendLine</c> calls on it earlier in the same method (or top-level statements), in source order
/// (chained calls included; each append reported where it is written). A builder that escapes (passed to a
/// method, assigned, cleared, edited with Insert/Remove/Replace) is unresolved.
/// </summary>
internal static class StringBuilderContent
{
    private const int MaxAppends = 512;

    public static List<ResolvedString> Resolve(ILocalSymbol builder, IInvocationOperation toString, int depth, Func<IOperation?, int, List<ResolvedString>> resolve)
    {
        var none = new List<ResolvedString>();
        if (builder.DeclaringSyntaxReferences.Length != 1 || toString.SemanticModel is not { } model
            || builder.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || model.GetOperation(initializer) is not IObjectCreationOperation creation)
        {
            return none;
        }

        SyntaxNode? body = LocalDefinitions.ScopeOf(declarator);
        if (body is null)
        {
            return none;
        }

        var parts = new List<List<ResolvedString>>();
        if (creation.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String && a.Parameter.Ordinal == 0) is { } seed)
        {
            parts.Add(Located(resolve(seed.Value, depth + 1), seed.Value));
        }

        var calls = new List<InvocationExpressionSyntax>();
        foreach (IdentifierNameSyntax use in LocalDefinitions.NodesIn(body).OfType<IdentifierNameSyntax>())
        {
            if (use.Identifier.ValueText != builder.Name || use.SpanStart <= declarator.SpanStart || use.Parent == declarator)
            {
                continue;
            }

            if (use.SpanStart >= toString.Syntax.SpanStart)
            {
                continue;
            }

            // Walk the chain sb.Append(a).AppendLine(b)…; reading it (ToString, Length) is fine; anything else makes it unknown.
            SyntaxNode current = use;
            while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current)
            {
                string name = access.Name.Identifier.ValueText;
                if (name is "ToString" or "Length" && current == use)
                {
                    break;
                }

                if (name is not ("Append" or "AppendLine") || access.Parent is not InvocationExpressionSyntax call)
                {
                    return none;
                }

                calls.Add(call);
                current = call;
            }

            if (current == use && use.Parent is not MemberAccessExpressionSyntax)
            {
                return none;
            }
        }

        if (calls.Count > MaxAppends)
        {
            return none;
        }

        foreach (InvocationExpressionSyntax call in calls.OrderBy(c => ((MemberAccessExpressionSyntax)c.Expression).Name.SpanStart))
        {
            if (model.GetOperation(call) is not IInvocationOperation append)
            {
                return none;
            }

            IOperation? value = append.Arguments.FirstOrDefault()?.Value;
            string name = append.TargetMethod.Name;
            if (value is not null)
            {
                List<ResolvedString> text = value.Type?.SpecialType == SpecialType.System_Char && value.ConstantValue is { HasValue: true, Value: char c }
                    ? StringResolver.One(ResolvedString.Constant(c.ToString()))
                    : resolve(value, depth + 1);
                parts.Add(Located(text.Count > 0 ? text : StringResolver.One(StringResolver.Placeholder(value)), value));
            }

            if (name == "AppendLine")
            {
                parts.Add(StringResolver.One(ResolvedString.Constant("\n")));
            }
        }

        return parts.Count == 0 ? none : StringResolver.Product(parts);
    }

    private static List<ResolvedString> Located(List<ResolvedString> values, IOperation at) =>
        values.Select(v => v.WrittenAt(at.Syntax.GetLocation())).ToList();
}
