using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Resolves string values statically where the language allows: literals (regular, verbatim, raw, UTF-8),
/// constants, concatenation, interpolation (non-constant holes become template variables),
/// <c>static readonly</c> fields and single-assignment locals with constant initializers, and implicit
/// conversions from string. Anything else is unresolved (null) and skipped silently.
/// </summary>
internal static class StringResolver
{
    private const int MaxDepth = 16;

    public static ResolvedString? Resolve(IOperation? operation) => Resolve(operation, 0);

    private static ResolvedString? Resolve(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return new ResolvedString(constant, new List<ResolvedString.Hole>());
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Resolve(conversion.Operand, depth + 1);
            case IArgumentOperation argument:
                return Resolve(argument.Value, depth + 1);
            case IUtf8StringOperation utf8:
                return new ResolvedString(utf8.Value, new List<ResolvedString.Hole>());
            case IInterpolatedStringOperation interpolated:
                return ResolveInterpolation(interpolated, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Concat(Resolve(binary.LeftOperand, depth + 1) ?? Placeholder(binary.LeftOperand), Resolve(binary.RightOperand, depth + 1) ?? Placeholder(binary.RightOperand));
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field }:
                return FromInitializer(field.DeclaringSyntaxReferences, operation, depth);
            case ILocalReferenceOperation { Local: { } local } reference:
                return SingleAssignmentLocal(local, reference, depth);
            default:
                return null;
        }
    }

    private static ResolvedString ResolveInterpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        var text = new StringBuilder();
        var holes = new List<ResolvedString.Hole>();
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation textPart)
            {
                text.Append(textPart.Text.ConstantValue.Value as string ?? string.Empty);
            }
            else if (part is IInterpolationOperation hole)
            {
                ResolvedString? value = hole.Alignment is null && hole.FormatString is null ? Resolve(hole.Expression, depth + 1) : null;
                Append(text, holes, value ?? Placeholder(hole.Expression));
            }
        }

        return new ResolvedString(text.ToString(), holes);
    }

    /// <summary>A non-constant value: <c>{{name}}</c> in the text, marked as input when it comes from a parameter.</summary>
    private static ResolvedString Placeholder(IOperation expression)
    {
        // Only data from outside the method becomes a template variable (PL5004 looks at those); other
        // computed values are written as a neutral [name] so they read as text.
        string name = VariableName(expression);
        bool fromInput = FromInput(expression);
        string text = fromInput ? "{{" + name + "}}" : "[" + name + "]";
        return new ResolvedString(text, new[] { new ResolvedString.Hole(0, text.Length, expression.Syntax.GetLocation(), fromInput) });
    }

    private static ResolvedString Concat(ResolvedString left, ResolvedString right)
    {
        var text = new StringBuilder(left.Text);
        var holes = new List<ResolvedString.Hole>(left.Holes);
        Append(text, holes, right);
        return new ResolvedString(text.ToString(), holes);
    }

    private static void Append(StringBuilder text, List<ResolvedString.Hole> holes, ResolvedString part)
    {
        int offset = text.Length;
        text.Append(part.Text);
        holes.AddRange(part.Holes.Select(h => h with { Start = h.Start + offset }));
    }

    /// <summary>A template-variable name for a hole: the last identifier of the expression (<c>request.Question</c> → <c>Question</c>).</summary>
    private static string VariableName(IOperation expression)
    {
        string? last = expression.Syntax.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().LastOrDefault()?.Identifier.ValueText;
        return string.IsNullOrEmpty(last) ? "value" : last!;
    }

    /// <summary>Data from outside the method: a parameter, or a member of one (<c>request.Question</c>).</summary>
    private static bool FromInput(IOperation expression)
    {
        IOperation current = expression;
        for (int i = 0; i < MaxDepth; i++)
        {
            switch (current)
            {
                case IParameterReferenceOperation:
                    return true;
                case IConversionOperation c:
                    current = c.Operand;
                    continue;
                case IMemberReferenceOperation { Instance: { } instance }:
                    current = instance;
                    continue;
                case IInvocationOperation { Instance: { } receiver }:
                    current = receiver;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static ResolvedString? FromInitializer(IEnumerable<SyntaxReference> references, IOperation context, int depth)
    {
        SyntaxReference? reference = references.FirstOrDefault();
        if (reference?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null;
        }

        // A static readonly field in another file: only a literal initializer is read (no semantic model needed).
        if (value.SyntaxTree != context.Syntax.SyntaxTree)
        {
            return value is LiteralExpressionSyntax literal && literal.Token.Value is string s ? new ResolvedString(s, new List<ResolvedString.Hole>()) : null;
        }

        IOperation? initializer = context.SemanticModel?.GetOperation(value);
        return initializer is null ? null : Resolve(initializer, depth + 1);
    }

    private static ResolvedString? SingleAssignmentLocal(ILocalSymbol local, IOperation reference, int depth)
    {
        if (local.IsConst || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxNode declarator = local.DeclaringSyntaxReferences[0].GetSyntax();
        SyntaxNode? body = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax or CompilationUnitSyntax);
        bool reassigned = body is not null && body.DescendantNodes().Any(n =>
            n is AssignmentExpressionSyntax { Left: IdentifierNameSyntax id } && id.Identifier.ValueText == local.Name
            || n is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword, Expression: IdentifierNameSyntax refId } && refId.Identifier.ValueText == local.Name);
        return reassigned ? null : FromInitializer(local.DeclaringSyntaxReferences, reference, depth);
    }
}
