using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
/// For the breakdown only: PromptLintAnalyzer's registrations with empty callbacks — the SDK type lookup at
/// compilation start, then per operation block the four operation actions (object creation, invocation, simple
/// assignment, literal) and a block-end action. What this costs over <see cref="EmptyAnalyzer"/> is Roslyn's
/// price for operation-based analysis (building IOperation trees for every method body and dispatching);
/// what PromptLintAnalyzer costs over this is PromptLint's own code.
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

            start.RegisterOperationBlockStartAction(block =>
            {
                block.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
                block.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                block.RegisterOperationAction(_ => { }, OperationKind.SimpleAssignment);
                block.RegisterOperationAction(_ => { }, OperationKind.Literal);
                block.RegisterOperationBlockEndAction(_ => { });
            });
        });
    }
}
