using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptLint.CodeFixes;

/// <summary>PL5005: removes <c>AllowDangerouslySetContent = true</c> from the object initializer (or the statement that sets it).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDangerousContentFix)), Shared]
public sealed class RemoveDangerousContentFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PL5005");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { } assignment)
            {
                continue;
            }

            SyntaxNode target = assignment.Parent is ExpressionStatementSyntax statement ? statement : assignment;
            context.RegisterCodeFix(
                CodeAction.Create("Remove AllowDangerouslySetContent = true", _ =>
                    Task.FromResult(context.Document.WithSyntaxRoot(root.RemoveNode(target, SyntaxRemoveOptions.KeepNoTrivia)!)), nameof(RemoveDangerousContentFix)),
                diagnostic);
        }
    }
}
