using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PromptLint.CodeFixes;

/// <summary>
/// PL5004: wraps the interpolated value in XML-style tags named after it, inside the string
/// (<c>$"… {note}"</c> → <c>$"… &lt;note&gt;{note}&lt;/note&gt;"</c>), or around it in a concatenation
/// (<c>… + request.Question</c> → <c>… + ("&lt;question&gt;" + request.Question + "&lt;/question&gt;")</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WrapInDelimitersFix)), Shared]
public sealed class WrapInDelimitersFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PL5004");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            string tag = TagName(expression);
            context.RegisterCodeFix(
                CodeAction.Create($"Wrap '{expression}' in <{tag}> tags", ct => WrapAsync(context.Document, expression, tag, ct), nameof(WrapInDelimitersFix)),
                diagnostic);
        }
    }

    private static async Task<Document> WrapAsync(Document document, ExpressionSyntax expression, string tag, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        TextChange[] changes = expression.Parent is InterpolationSyntax interpolation
            ? new[] { new TextChange(new TextSpan(interpolation.SpanStart, 0), "<" + tag + ">"), new TextChange(new TextSpan(interpolation.Span.End, 0), "</" + tag + ">") }
            : new[] { new TextChange(expression.Span, $"(\"<{tag}>\" + {expression} + \"</{tag}>\")") };
        return document.WithText(text.WithChanges(changes));
    }

    /// <summary><c>request.CustomerNote</c> → <c>customer_note</c>, the tag the analyzer's message names.</summary>
    internal static string TagName(ExpressionSyntax expression) => PromptLint.Delimiting.DelimiterTag.For(expression);
}
