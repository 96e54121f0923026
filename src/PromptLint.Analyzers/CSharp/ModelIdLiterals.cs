using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Pipeline;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// PL4001/PL4002/PL4013–PL4015 on every string literal of the code (a fine-tuned model ID anywhere needs an eval baseline and a live base),
/// from a syntax-node action: the literal's text is all the check needs, so no block is bound for it.
/// </summary>
internal sealed class ModelIdLiterals
{
    private readonly PromptFilePipeline _pipeline;
    // Per file: one settings lookup per tree, not per literal (overrides globs make SettingsFor resolve every time).
    private readonly ConcurrentDictionary<string, LintSettings?> _settingsByPath = new();

    private ModelIdLiterals(PromptFilePipeline pipeline) => _pipeline = pipeline;

    public static void Register(CompilationStartAnalysisContext context, PromptFilePipeline pipeline)
    {
        var literals = new ModelIdLiterals(pipeline);
        context.RegisterSyntaxNodeAction(literals.Analyze, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
    }

    private void Analyze(SyntaxNodeAnalysisContext context)
    {
        string value = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => string.Empty,
        };
        SyntaxTree tree = context.Node.SyntaxTree;
        if (value.Length is < 6 or > 300 || !RazorDocuments.ShouldAnalyze(context.IsGeneratedCode, tree) || SettingsFor(tree.FilePath) is not { } settings)
        {
            return;
        }

        foreach (FineTuningCheck.Issue issue in FineTuningCheck.Check(value, settings))
        {
            Severity severity = settings.SeverityOf(issue.Rule);
            if (severity != Severity.None)
            {
                context.ReportDiagnostic(FindingReporter.At(issue.Rule, severity, context.Node.GetLocation(), issue.Message));
            }
        }
    }

    private LintSettings? SettingsFor(string path) =>
        _settingsByPath.GetOrAdd(path, p => _pipeline.Cascade.HasErrorsFor(p) ? null : _pipeline.SettingsFor(p));
}
