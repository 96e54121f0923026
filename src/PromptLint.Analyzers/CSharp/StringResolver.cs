using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Resolves string values statically where the language allows: literals (regular, verbatim, raw, UTF-8),
/// constants, concatenation (<c>+</c>, <c>string.Concat</c>), <c>string.Format</c> with a constant format,
/// interpolation (non-constant holes become template variables), conditionals and switch expressions (each
/// resolvable branch or arm is a variant), <c>readonly</c> fields and get-only properties (static or instance) in any
/// file, the return value of a helper method with one return (<see cref="MemberValues"/>), locals (each reaching
/// definition is a variant, <c>+=</c> appends, a <c>foreach</c> variable takes each element of a constant
/// collection), a <c>StringBuilder</c> filled in the same method, and text content parts. Anything else is
/// unresolved and skipped silently. Work is bounded: depth <see cref="MaxDepth"/>, at most <see cref="MaxVariants"/>
/// variants per value, and the step, length, helper-depth and cycle limits of <see cref="ResolutionBudget"/>.
/// </summary>
internal static class StringResolver
{
    private const int MaxDepth = 16;
    public const int MaxVariants = 8;

    private static readonly List<ResolvedString> None = new();

    /// <summary>Every variant the value can take (empty when it cannot be read statically).</summary>
    public static IReadOnlyList<ResolvedString> ResolveAll(IOperation? operation) =>
        ResolutionBudget.Run(() => Resolve(operation, 0)) ?? None;

    private static List<ResolvedString> Resolve(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || !ResolutionBudget.Current.Step())
        {
            return None;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return One(ResolvedString.Constant(constant));
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Resolve(conversion.Operand, depth + 1);
            case IArgumentOperation argument:
                return Resolve(argument.Value, depth + 1);
            case IParenthesizedOperation parenthesized:
                return Resolve(parenthesized.Operand, depth + 1);
            case IUtf8StringOperation utf8:
                return One(ResolvedString.Constant(utf8.Value));
            case IInterpolatedStringOperation interpolated:
                return ResolveInterpolation(interpolated, depth);
            case IInterpolatedStringHandlerCreationOperation handler:
                return Resolve(handler.Content, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Product(new[] { OrPlaceholder(binary.LeftOperand, depth), OrPlaceholder(binary.RightOperand, depth) });
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Cap(Resolve(conditional.WhenTrue, depth + 1).Select(v => v.WrittenAt(conditional.WhenTrue.Syntax.GetLocation()))
                    .Concat(Resolve(whenFalse, depth + 1).Select(v => v.WrittenAt(whenFalse.Syntax.GetLocation()))));
            case ISwitchExpressionOperation { Arms.Length: > 0 } switchExpression:
                return Cap(switchExpression.Arms.SelectMany(arm => Resolve(arm.Value, depth + 1).Select(v => v.WrittenAt(arm.Value.Syntax.GetLocation()))));
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return MemberValues.FromInitializer(field, operation, depth, Resolve);
            case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property }:
                return MemberValues.FromInitializer(property, operation, depth, Resolve);
            case ILocalReferenceOperation { Local: { } local } reference:
                return LocalDefinitions.Resolve(local, reference, depth, Resolve);
            case IArrayCreationOperation { Initializer.ElementValues: { Length: > 0 } elements }:
                return Product(elements.Select(e => Resolve(e, depth + 1)).ToList());
            case IInvocationOperation invocation:
                return ResolveCall(invocation, depth);
            default:
                return None;
        }
    }

    private static List<ResolvedString> ResolveCall(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        string? type = method.ContainingType?.ToDisplayString();
        switch (type, method.Name)
        {
            case ("string", "Concat"):
                return Product(ArgumentValues(invocation).Select(a => OrPlaceholder(a, depth)).ToList());
            case ("string", "Format") when ArgumentValues(invocation).ToList() is { Count: > 0 } args
                && args[0].Type?.SpecialType == SpecialType.System_String && FormatOf(args[0], depth) is { } format:
                return Format(format, args.Skip(1).Select(a => OrPlaceholder(a, depth)).ToList());
            case ("OpenAI.Chat.ChatMessageContentPart", "CreateTextPart"):
                return Resolve(invocation.Arguments.FirstOrDefault()?.Value, depth + 1);
            case ("System.Text.StringBuilder", "ToString") when invocation.Arguments.Length == 0 && invocation.Instance is ILocalReferenceOperation builder:
                return StringBuilderContent.Resolve(builder.Local, invocation, depth, Resolve);
            default:
                return MemberValues.FromReturn(method, invocation, depth, Resolve);
        }
    }

    /// <summary>A <c>string.Format</c> format: a constant, or a value (a readonly field, a local) with one variant and no holes.</summary>
    private static string? FormatOf(IOperation format, int depth)
    {
        if (format.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        List<ResolvedString> values = Resolve(format, depth + 1);
        return values.Count == 1 && values[0].Holes.Count == 0 ? values[0].Text : null;
    }

    /// <summary>Arguments in order, with a <c>params</c> array spread out.</summary>
    private static IEnumerable<IOperation> ArgumentValues(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (IOperation element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                yield return argument.Value;
            }
        }
    }

    private static List<ResolvedString> Format(string format, IReadOnlyList<List<ResolvedString>> args)
    {
        // {0}, {1,-5}, {2:N2} → the argument (alignment and format strings make it a placeholder); {{ and }} are braces.
        var parts = new List<List<ResolvedString>>();
        var literal = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            int close = c == '{' ? format.IndexOf('}', i) : -1;
            if (close < 0)
            {
                literal.Append(c);
                continue;
            }

            string item = format.Substring(i + 1, close - i - 1);
            int end = item.IndexOfAny(new[] { ',', ':' });
            if (!int.TryParse(end < 0 ? item : item.Substring(0, end), out int index) || index < 0 || index >= args.Count)
            {
                return None;
            }

            parts.Add(One(ResolvedString.Constant(literal.ToString())));
            literal.Clear();
            parts.Add(end < 0 ? args[index] : args[index].Select(v => v.Holes.Count > 0 ? v : ResolvedString.Constant("[" + v.Text + "]")).ToList());
            i = close;
        }

        parts.Add(One(ResolvedString.Constant(literal.ToString())));
        return Product(parts);
    }

    private static List<ResolvedString> ResolveInterpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        var parts = new List<List<ResolvedString>>();
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation textPart)
            {
                parts.Add(One(ResolvedString.Constant(textPart.Text.ConstantValue.Value as string ?? string.Empty)));
            }
            else if (part is IInterpolationOperation hole)
            {
                // A hole that may hold outside input stays a hole even when one branch of it is a constant (args.Length > 0 ? args[0] : "student").
                bool readable = hole.Alignment is null && hole.FormatString is null && !InputSources.IsNamedSource(InputSources.Classify(hole.Expression));
                List<ResolvedString> value = readable ? Resolve(hole.Expression, depth + 1) : None;
                parts.Add(value.Count > 0 ? value : One(Placeholder(hole.Expression)));
            }
            else if (part is IInterpolatedStringAppendOperation append)
            {
                // Interpolated string handlers (StringBuilder.Append($"…")) lower parts to AppendLiteral/AppendFormatted calls.
                IOperation? value = append.AppendCall is IInvocationOperation { Arguments.Length: > 0 } call ? call.Arguments[0].Value : null;
                if (append.Kind == OperationKind.InterpolatedStringAppendLiteral)
                {
                    parts.Add(One(ResolvedString.Constant(value?.ConstantValue.Value as string ?? string.Empty)));
                }
                else if (value is not null)
                {
                    parts.Add(OrPlaceholder(value, depth));
                }
            }
        }

        return Product(parts);
    }

    private static List<ResolvedString> OrPlaceholder(IOperation operation, int depth)
    {
        List<ResolvedString> value = Resolve(operation, depth + 1);
        return value.Count > 0 ? value : One(Placeholder(operation));
    }

    /// <summary>A non-constant value: <c>{{name}}</c> in the text when it comes from outside the method, else a neutral <c>[name]</c>.</summary>
    internal static ResolvedString Placeholder(IOperation expression)
    {
        string name = VariableName(expression);
        InputSources.Kind kind = InputSources.Classify(expression);
        bool fromInput = kind != InputSources.Kind.Local;
        string text = fromInput ? "{{" + name + "}}" : "[" + name + "]";
        string? source = InputSources.IsNamedSource(kind) ? InputSources.Describe(kind) : null;
        return new ResolvedString(text, new[] { new ResolvedString.Hole(0, text.Length, expression.Syntax.GetLocation(), source) });
    }

    /// <summary>A template-variable name for a hole: the last identifier of the expression (<c>request.Question</c> → <c>Question</c>).</summary>
    internal static string VariableName(IOperation expression)
    {
        string? last = expression.Syntax.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().LastOrDefault()?.Identifier.ValueText;
        return string.IsNullOrEmpty(last) ? "value" : last!;
    }

    internal static List<ResolvedString> One(ResolvedString value) => new() { value };

    internal static List<ResolvedString> Cap(IEnumerable<ResolvedString> values) => values.Take(MaxVariants).ToList();

    /// <summary>Every combination of the parts' variants, in order, at most <see cref="MaxVariants"/>; empty when a part has none.</summary>
    internal static List<ResolvedString> Product(IReadOnlyList<List<ResolvedString>> parts)
    {
        var combinations = new List<List<ResolvedString>> { new() };
        foreach (List<ResolvedString> part in parts)
        {
            if (part.Count == 0)
            {
                return None;
            }

            combinations = combinations.SelectMany(c => part.Select(p => new List<ResolvedString>(c) { p })).Take(MaxVariants).ToList();
        }

        ResolutionBudget budget = ResolutionBudget.Current;
        if (combinations.Any(c => !budget.AllowsLength(c.Sum(p => (long)p.Text.Length))))
        {
            return None;
        }

        return combinations.Select(ResolvedString.Concat).ToList();
    }
}
