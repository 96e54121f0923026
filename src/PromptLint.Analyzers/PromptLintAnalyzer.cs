using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers.Configuration;
using PromptLint.Analyzers.CSharp;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Analyzers.PromptFiles;
using PromptLint.Configuration;
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
        ToolDefinitions.Register(context, pipeline);
        context.RegisterOperationBlockAction(block =>
        {
            SyntaxTree? tree = block.OwningSymbol.Locations.FirstOrDefault()?.SourceTree;
            string path = tree?.FilePath ?? string.Empty;
            if (!RazorDocuments.ShouldAnalyze(block.IsGeneratedCode, tree) || cascade.HasErrorsFor(path))
            {
                return;
            }

            new PromptCollector(sdk, helpers, lintCache, pipeline.SettingsFor(path)).AnalyzeBlock(block);
        });
    }

    private static bool IsOurs(AdditionalText file)
    {
        string name = System.IO.Path.GetFileName(file.Path);
        return PromptFormats.FromFileName(file.Path) != Model.PromptFormat.Unknown
            || name.StartsWith("appsettings", System.StringComparison.OrdinalIgnoreCase)
            || name is PromptLint.Configuration.ConfigParser.FileName or PromptLint.Configuration.ConfigParser.HiddenFileName;
    }
}
