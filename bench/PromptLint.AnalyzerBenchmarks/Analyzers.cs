using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>The baseline: an analyzer that registers nothing beyond a compilation-start action.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "Empty", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(_ => { });
    }
}

/// <summary>
/// PromptLintAnalyzer's registrations with empty callbacks, for `--shape`: the SDK type lookup at compilation start,
/// an empty syntax-node action on string literals, and a code-block action that asks for the operation tree of
/// every block (and walks it once) as PromptLint does for each block its syntax pre-filter lets through. In the
/// `prompts` project every block is a prompt, so this is Roslyn's share of PromptLint's cost there; in the 2,000-file
/// project, where the pre-filter skips most blocks, it is what the analyzer would cost without the pre-filter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShapeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("BENCH0002", "Shape", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static readonly string[] SdkTypes = ["OpenAI.Chat.SystemChatMessage", "OpenAI.Chat.ChatMessage", "Microsoft.Extensions.AI.ChatMessage", "Anthropic.Models.Messages.MessageParam"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!SdkTypes.Any(t => start.Compilation.GetTypeByMetadataName(t) is not null))
            {
                return;
            }

            start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
            start.RegisterCodeBlockAction(block =>
            {
                SyntaxNode? executable = block.CodeBlock switch
                {
                    BaseFieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == block.OwningSymbol.Name)?.Initializer,
                    PropertyDeclarationSyntax property => property.Initializer,
                    var other => other,
                };
                if (executable is not null && block.SemanticModel.GetOperation(executable, block.CancellationToken) is { } operation)
                {
                    _ = operation.DescendantsAndSelf().Count();
                }
            });
        });
    }
}
