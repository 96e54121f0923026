using System;
using System.Collections.Generic;
using PromptLint.Baselines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers.Configuration;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Pipeline;
using PromptLint.Rules;

namespace PromptLint.Analyzers.PromptFiles;

/// <summary>
/// Lints one AdditionalFile: a prompt file through Core's pipeline (positions in the file's own lines), the
/// configuration file's own problems, and fine-tuned model IDs in appsettings*.json. A finding the baseline holds is
/// not reported; the others at the severity the file's .editorconfig sections give, if they name the rule.
/// </summary>
internal static class PromptFileAnalysis
{
    /// <summary>Item metadata the package sets on files the user listed as <c>PromptLintFile</c> (not found by a default glob).</summary>
    internal const string ExplicitMetadata = "build_metadata.AdditionalFiles.PromptLintExplicit";

    public static void Analyze(AdditionalFileAnalysisContext context, PromptFilePipeline pipeline, FileSettings settings)
    {
        AdditionalText file = context.AdditionalFile;
        string name = System.IO.Path.GetFileName(file.Path);
        if (name == EditorConfigSeverities.FileName)
        {
            return;
        }

        if (name == BaselineEntries.FileName)
        {
            ReportBaselineProblem(context, settings.Baseline);
            return;
        }

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
        IReadOnlyList<Finding> findings = settings.Baseline.NotBaselined(outcome.Findings, outcome.Document?.Source, file.Path);
        if (findings.Count == 0)
        {
            return;
        }

        SourceText? text = file.GetText(context.CancellationToken);
        foreach (Finding finding in findings)
        {
            Severity severity = settings.Severities.Apply(file.Path, finding.Rule, finding.Severity);
            if (severity != Severity.None)
            {
                context.ReportDiagnostic(FindingReporter.InFile(finding, file.Path, text, severity));
            }
        }
    }

    private static void ReportBaselineProblem(AdditionalFileAnalysisContext context, AnalyzerBaseline baseline)
    {
        if (baseline.Problem is { } problem)
        {
            context.ReportDiagnostic(FindingReporter.InFile(problem, context.AdditionalFile.Path, context.AdditionalFile.GetText(context.CancellationToken)));
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

/// <summary>What applies to every prompt file of a compilation besides promptlint.yaml: .editorconfig severities and the baseline.</summary>
internal sealed record FileSettings(EditorConfigSeverities Severities, AnalyzerBaseline Baseline);
