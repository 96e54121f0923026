using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// The executable code of a code block and its operation tree, asked for only once the syntax pre-filter
/// (<see cref="SdkMentions"/>) lets the block through. A code block is what Roslyn hands a code-block action: a
/// method, constructor, accessor or arrow body, a field or property initializer, a primary constructor, or a
/// file's top-level statements. Parameter defaults and attributes are constants and are not walked.
/// </summary>
internal static class CodeBlocks
{
    /// <summary>The syntax that holds the block's executable code, for the pre-filter to read.</summary>
    public static IEnumerable<SyntaxNode> Executable(SyntaxNode block, ISymbol owner) => block switch
    {
        BaseMethodDeclarationSyntax method => Present(method.Body, method.ExpressionBody, (method as ConstructorDeclarationSyntax)?.Initializer),
        AccessorDeclarationSyntax accessor => Present(accessor.Body, accessor.ExpressionBody),
        CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>(),
        TypeDeclarationSyntax type => Present(type.ParameterList, type.BaseList), // a primary constructor and its base(…) call
        BaseFieldDeclarationSyntax field => Present(field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == owner.Name)?.Initializer),
        PropertyDeclarationSyntax property => Present(property.Initializer),
        _ => new[] { block },
    };

    /// <summary>
    /// The block's operation tree, bound on demand: a method, accessor or constructor body (with its
    /// <c>base(…)</c> call), a primary constructor, top-level statements, or a field or property initializer.
    /// </summary>
    public static IOperation? Operation(CodeBlockAnalysisContext context)
    {
        SyntaxNode? node = context.CodeBlock is BaseFieldDeclarationSyntax or PropertyDeclarationSyntax
            ? Executable(context.CodeBlock, context.OwningSymbol).FirstOrDefault()
            : context.CodeBlock;
        return node is null ? null : context.SemanticModel.GetOperation(node, context.CancellationToken);
    }

    private static IEnumerable<SyntaxNode> Present(params SyntaxNode?[] nodes) => nodes.OfType<SyntaxNode>();
}
