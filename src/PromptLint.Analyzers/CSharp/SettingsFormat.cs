using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Whether the settings handed to the same call declare a response format the way the SDK sees them:
/// <c>InvokePromptAsync(prompt, new KernelArguments(new OpenAIPromptExecutionSettings { ResponseFormat = … }))</c>,
/// a settings local or <c>static readonly</c> field initialized that way, or a <c>PromptExecutionSettings</c> passed
/// directly (<c>CreateFunctionFromPrompt(prompt, settings)</c>); likewise chat options (<c>ChatOptions</c>,
/// <c>ChatCompletionOptions</c>) passed to the call that sends the messages.
/// </summary>
internal static class SettingsFormat
{
    private const int MaxDepth = 6;

    public static bool IsTextFormat(IOperation value)
    {
        value = PromptSites.Unwrap(value);
        return value.ConstantValue is { HasValue: true, Value: null or "text" }
            || value is IInvocationOperation { TargetMethod.Name: "CreateTextFormat" }
            || value is IPropertyReferenceOperation { Property.Name: "Text" };
    }

    public static bool CallDeclaresFormat(IOperation call) =>
        HelperSinks.Arguments(call).Any(a => a.ArgumentKind != ArgumentKind.DefaultValue && IsSettings(a.Value.Type) && DeclaresFormat(a.Value, 0));

    private static bool IsSettings(ITypeSymbol? type)
    {
        for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            if (t.Name is "KernelArguments" or "PromptExecutionSettings" or "ChatOptions" or "ChatCompletionOptions" or "ResponseCreationOptions" or "CreateResponseOptions")
            {
                return true;
            }
        }

        return type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && IsSettings(generic.TypeArguments[0]);
    }

    private static bool DeclaresFormat(IOperation? value, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return false;
        }

        value = PromptSites.Unwrap(value);
        switch (value)
        {
            case IObjectCreationOperation creation:
                bool inInitializer = creation.Initializer?.Initializers.Any(i => i switch
                {
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ResponseFormat" } } a => !IsTextFormat(a.Value),
                    ISimpleAssignmentOperation a => DeclaresFormat(a.Value, depth + 1),
                    IInvocationOperation add => add.Arguments.Any(x => DeclaresFormat(x.Value, depth + 1)),
                    _ => false,
                }) == true;
                return inInitializer || creation.Arguments.Any(a => DeclaresFormat(a.Value, depth + 1));
            case IArrayCreationOperation { Initializer: { } array }:
                return array.ElementValues.Any(e => DeclaresFormat(e, depth + 1));
            case ILocalReferenceOperation { Local: { } local } reference:
                return FromDeclaration(local.DeclaringSyntaxReferences, reference, depth)
                    || AssignedFormatInBody(local.Name, reference);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } reference:
                return FromDeclaration(field.DeclaringSyntaxReferences, reference, depth);
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } reference:
                return FromDeclaration(property.DeclaringSyntaxReferences, reference, depth);
            default:
                return false;
        }
    }

    private static bool FromDeclaration(System.Collections.Immutable.ImmutableArray<SyntaxReference> references, IOperation reference, int depth)
    {
        ExpressionSyntax? initializer = references.FirstOrDefault()?.GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } v } => v,
            PropertyDeclarationSyntax { Initializer.Value: { } v } => v,
            PropertyDeclarationSyntax { ExpressionBody.Expression: { } v } => v,
            _ => null,
        };
        if (initializer is null || reference.SemanticModel is not { } model)
        {
            return false;
        }

        SemanticModel initializerModel = initializer.SyntaxTree == model.SyntaxTree ? model : SemanticModels.For(model.Compilation, initializer.SyntaxTree);
        return DeclaresFormat(initializerModel.GetOperation(initializer), depth + 1);
    }

    /// <summary><c>settings.ResponseFormat = typeof(Verdict);</c> in the same method.</summary>
    private static bool AssignedFormatInBody(string local, IOperation reference)
    {
        SyntaxNode? body = reference.Syntax.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax);
        return body?.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
            a.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ResponseFormat", Expression: IdentifierNameSyntax owner }
            && owner.Identifier.ValueText == local
            && a.Right is not LiteralExpressionSyntax { Token.ValueText: "text" or "null" }) == true;
    }
}
