using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>What a value in code certainly is: a string known completely, a local written once, a path inside the project.</summary>
internal static class CodeValues
{
    /// <summary>
    /// The text when it is known completely: constants, <c>nameof</c>, <c>static readonly</c> fields, interpolations and
    /// concatenations of those (<see cref="StringResolver"/>, one variant, no holes); otherwise null.
    /// </summary>
    public static string? Text(IOperation? value)
    {
        if (value?.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        IReadOnlyList<ResolvedString> variants = StringResolver.ResolveAll(value);
        return variants.Count == 1 && variants[0].Holes.Count == 0 ? variants[0].Text : null;
    }

    /// <summary>
    /// A local's one value (declared with an initializer and never assigned again), a <c>readonly</c> field's one value
    /// (its initializer or the one assignment in its type's only declaration), else the value itself; null when a
    /// local or such a field is written more than once.
    /// </summary>
    public static IOperation? Definition(IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        value = PromptSites.Unwrap(value);
        if (value is IFieldReferenceOperation { Field: { IsReadOnly: true } field, Instance: null or IInstanceReferenceOperation } && value.SemanticModel is { } fieldModel)
        {
            return FieldDefinition(field, fieldModel.Compilation);
        }

        if (value is not ILocalReferenceOperation { Local: { } local } || value.SemanticModel is not { } model)
        {
            return value;
        }

        if (local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || LocalDefinitions.WrittenValues(declarator, local.Name).Take(2).Count() != 1)
        {
            return null;
        }

        return model.GetOperation(initializer.Value) is { } initial ? PromptSites.Unwrap(initial) : null;
    }

    private static IOperation? FieldDefinition(IFieldSymbol field, Compilation compilation)
    {
        if (field.DeclaringSyntaxReferences.Length != 1 || field.ContainingType.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return null;
        }

        var writes = type.DescendantNodes().OfType<AssignmentExpressionSyntax>().Where(a => a.Left switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText == field.Name,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: { } name } => name.Identifier.ValueText == field.Name,
            _ => false,
        }).Select(a => a.Right).ToList();
        if (declarator.Initializer is { } initializer)
        {
            writes.Add(initializer.Value);
        }

        return writes.Count == 1 && SemanticModels.For(compilation, declarator.SyntaxTree).GetOperation(writes[0]) is { } written ? PromptSites.Unwrap(written) : null;
    }

    /// <summary>The explicit argument for a parameter of the called method, or null.</summary>
    public static IOperation? Argument(IInvocationOperation call, string parameter) =>
        call.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    /// <summary>Whether an optional parameter is left out or passed null (a factory or format the call does not change).</summary>
    public static bool LeftOut(IInvocationOperation call, params string[] parameters) =>
        parameters.All(p => Argument(call, p) is not { } value || PromptSites.Unwrap(value).ConstantValue is { HasValue: true, Value: null });

    public static bool Is(IMethodSymbol method, string typeName, params string[] names) =>
        names.Contains(method.Name) && method.ContainingType?.OriginalDefinition.ToDisplayString() == typeName;

    /// <summary>
    /// A path inside the project, '/'-separated: a known string, or <c>Path.Combine</c> of known strings, optionally
    /// starting at <c>AppContext.BaseDirectory</c> (the output folder, which mirrors the project's layout for copied files).
    /// </summary>
    public static string? ProjectPath(IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        value = PromptSites.Unwrap(value);
        if (value is IInvocationOperation { TargetMethod: { Name: "Combine", ContainingType: { } type } } combine && type.ToDisplayString() == "System.IO.Path")
        {
            var parts = combine.Arguments.SelectMany(a => a.Value is IArrayCreationOperation { Initializer: { } init } && a.ArgumentKind == ArgumentKind.ParamArray
                ? (IEnumerable<IOperation>)init.ElementValues : new[] { a.Value }).ToList();
            if (parts.Count > 0 && IsBaseDirectory(parts[0]))
            {
                parts.RemoveAt(0);
            }

            var texts = parts.Select(Text).ToList();
            return texts.Count == 0 || texts.Any(t => t is null) ? null : ProjectPaths.Relative(string.Join("/", texts));
        }

        return Text(value) is { } text ? ProjectPaths.Relative(text) : null;
    }

    private static bool IsBaseDirectory(IOperation value) => PromptSites.Unwrap(value) switch
    {
        IPropertyReferenceOperation { Property: { Name: "BaseDirectory", ContainingType: { } type } } => type.ToDisplayString() is "System.AppContext" or "System.AppDomain",
        _ => false,
    };
}
