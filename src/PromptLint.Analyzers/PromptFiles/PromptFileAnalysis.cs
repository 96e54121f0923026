using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Configuration;
using PromptLint.Linting;
using PromptLint.Pipeline;

namespace PromptLint.Analyzers.PromptFiles;

/// <summary>
/// Lints one AdditionalFile: a prompt file through Core's pipeline (positions in the file's own lines), the
/// configuration file's own problems, and fine-tuned model IDs in appsettings*.json.
/// </summary>
internal static class PromptFileAnalysis
{
    /// <summary>Item metadata the package sets on files the user listed as <c>PromptLintFile</c> (not found by a default glob).</summary>
    internal const string ExplicitMetadata = "build_metadata.AdditionalFiles.PromptLintExplicit";

    public static void Analyze(AdditionalFileAnalysisContext context, PromptFilePipeline pipeline)
    {
        AdditionalText file = context.AdditionalFile;
        string name = System.IO.Path.GetFileName(file.Path);
        if (name is ConfigParser.FileName or ConfigParser.HiddenFileName)
        {
            // With the NuGet package, the MSBuild task reports the configuration's problems (once, failing the build).
            if (!IsTrue(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, "build_property.PromptLintConfigReportedByMSBuild"))
            {
                ReportConfigProblems(context, pipeline.Cascade);
            }

            return;
        }

        if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (!pipeline.Cascade.HasErrorsFor(file.Path) && file.GetText(context.CancellationToken) is { } settingsText)
            {
                AppSettingsModelIds.Analyze(context, settingsText, pipeline.SettingsFor(file.Path));
            }

            return;
        }

        bool isExplicit = IsTrue(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file), ExplicitMetadata);
        FileOutcome outcome = pipeline.Lint(new CandidateFile(file.Path, isExplicit));
        if (outcome.Findings.Count == 0)
        {
            return;
        }

        SourceText? text = file.GetText(context.CancellationToken);
        foreach (Finding finding in outcome.Findings)
        {
            context.ReportDiagnostic(FindingReporter.InFile(finding, file.Path, text));
        }
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static void ReportConfigProblems(AdditionalFileAnalysisContext context, ConfigCascade cascade)
    {
        string path = context.AdditionalFile.Path;
        SourceText? text = context.AdditionalFile.GetText(context.CancellationToken);
        foreach (ConfigParseResult result in cascade.Parsed)
        {
            if (result.Path != path)
            {
                continue;
            }

            foreach (Finding problem in result.Problems)
            {
                context.ReportDiagnostic(FindingReporter.InFile(problem, path, text));
            }
        }
    }
}
