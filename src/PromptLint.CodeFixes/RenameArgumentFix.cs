using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptLint.CodeFixes;

/// <summary>
/// PL5008: renames a <c>KernelArguments</c> name written as a string literal to the template variable the analyzer
/// suggests ("did you mean"). A name held in a constant or field is left alone: renaming it could change other uses.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameArgumentFix)), Shared]
public sealed class RenameArgumentFix : CodeFixProvider
{
    /// <summary>The diagnostic property the analyzer sets (PromptFileCalls.DidYouMeanProperty; this assembly does not reference the analyzer).</summary>
    private const string DidYouMean = "DidYouMean";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PL5008");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DidYouMean, out string? name) || name is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            LiteralExpressionSyntax renamed = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal);
            context.RegisterCodeFix(
                CodeAction.Create($"Rename the argument to '{name}'", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, renamed))), nameof(RenameArgumentFix)),
                diagnostic);
        }
    }
}
