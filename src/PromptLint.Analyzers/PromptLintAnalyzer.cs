using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers.Configuration;
using PromptLint.Analyzers.CSharp;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Analyzers.PromptFiles;
using PromptLint.Analyzers.PromptCalls;
using PromptLint.Configuration;
using PromptLint.Formats;
using PromptLint.Pipeline;
using PromptLint.Readers;

namespace PromptLint.Analyzers;

/// <summary>
/// The PromptLint analyzer: prompt files passed as AdditionalFiles (through the Core engine, at their own
/// line and column), and prompt strings and model IDs in C# code passed to the LLM SDKs it knows. Settings
/// come from promptlint.yaml among the AdditionalFiles; .editorconfig, #pragma and NoWarn work as for any
/// analyzer. Nothing is registered for C# when the compilation references no known SDK.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptLintAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is analyzed only to reach Razor components' generated C# (RazorDocuments); every callback skips the rest.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        ImmutableArray<AdditionalText> additionalFiles = context.Options.AdditionalFiles;
        ConfigCascade cascade = AnalyzerConfigs.CreateCascade(additionalFiles, context.CancellationToken);
        var pipeline = new PromptFilePipeline(cascade, new AdditionalTextHost(additionalFiles, context.CancellationToken));
        if (additionalFiles.Any(IsOurs))
        {
            var settings = new FileSettings(
                EditorConfigSeverities.Create(additionalFiles, context.CancellationToken),
                AnalyzerBaseline.Create(additionalFiles, context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, context.CancellationToken));
            context.RegisterAdditionalFileAction(file => PromptFileAnalysis.Analyze(file, pipeline, settings));
        }

        SdkSymbols? sdk = SdkSymbols.Create(context.Compilation);
        if (sdk is null)
        {
            return;
        }

        var helpers = new HelperSinks(context.Compilation, sdk);
        var lintCache = new LintCache();
        INamedTypeSymbol? toolFactory = ToolDefinitions.Register(context, pipeline);
        SdkMentions mentions = Mentions(context.Compilation, sdk, helpers, toolFactory);
        ModelIdLiterals.Register(context, pipeline);
        PromptFileCalls.Register(context, pipeline);

        // A code-block action, not an operation-block action: Roslyn then builds operation trees only for the blocks
        // the syntax pre-filter lets through, instead of for every block of the compilation.
        context.RegisterCodeBlockAction(block =>
        {
            SyntaxTree tree = block.CodeBlock.SyntaxTree;
            if (!RazorDocuments.ShouldAnalyze(block.IsGeneratedCode, tree) || cascade.HasErrorsFor(tree.FilePath)
                || !mentions.InBlock(block.CodeBlock, block.OwningSymbol) || CodeBlocks.Operation(block) is not { } operation)
            {
                return;
            }

            new PromptCollector(sdk, helpers, lintCache, pipeline.SettingsFor(tree.FilePath), toolFactory).AnalyzeBlock(operation, block.ReportDiagnostic);
        });
    }

    /// <summary>The pre-filter's names: the catalog's, and the tool factory's when it is referenced.</summary>
    private static SdkMentions Mentions(Compilation compilation, SdkSymbols sdk, HelperSinks helpers, INamedTypeSymbol? toolFactory) => toolFactory is null
        ? new SdkMentions(compilation, helpers, sdk.MemberNames, new Dictionary<string, string>())
        : new SdkMentions(compilation, helpers, sdk.MemberNames.Append(ToolDefinitions.FactoryName),
            new Dictionary<string, string> { [ToolDefinitions.FactoryName] = ToolDefinitions.FactoryMethod });

    private static bool IsOurs(AdditionalText file)
    {
        string name = System.IO.Path.GetFileName(file.Path);
        return PromptFormats.FromFileName(file.Path) != Model.PromptFormat.Unknown
            || name.StartsWith("appsettings", System.StringComparison.OrdinalIgnoreCase)
            || name is PromptLint.Configuration.ConfigParser.FileName or PromptLint.Configuration.ConfigParser.HiddenFileName;
    }
}
