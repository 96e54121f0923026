using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers.Configuration;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Configuration;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Rules;

namespace PromptLint.Analyzers.PromptFiles;

/// <summary>
/// Lints one AdditionalFile: a prompt file through the Core engine (positions in the file's own lines), the
/// configuration file's own problems, and fine-tuned model IDs in appsettings*.json.
/// </summary>
internal static class PromptFileAnalysis
{
    public static void Analyze(AdditionalFileAnalysisContext context, AnalyzerConfigs configs)
    {
        AdditionalText file = context.AdditionalFile;
        string name = System.IO.Path.GetFileName(file.Path);
        if (name is ConfigParser.FileName or ConfigParser.HiddenFileName)
        {
            // With the NuGet package, the MSBuild task reports the configuration's problems (once, failing the build).
            bool reportedByMSBuild = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PromptLintConfigReportedByMSBuild", out string? value)
                && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);
            if (!reportedByMSBuild)
            {
                ReportConfigProblems(context, configs);
            }

            return;
        }

        if (configs.HasErrorsFor(file.Path))
        {
            return; // PL0001 is reported on the configuration file; nothing is linted with other settings.
        }

        SourceText? text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        LintSettings settings = configs.SettingsFor(file.Path);
        if (name.StartsWith("appsettings", System.StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase))
        {
            AppSettingsModelIds.Analyze(context, text, settings);
            return;
        }

        if (PromptFormats.FromFileName(file.Path) == PromptFormat.Unknown || !configs.Includes(file.Path))
        {
            return;
        }

        string content = text.ToString();
        if (!PromptFormats.IsLikelyPrompt(file.Path, content))
        {
            return;
        }

        var input = new PromptInput(file.Path, content, Companions(context, file.Path));
        foreach (Finding finding in Linter.Lint(input, settings).Findings)
        {
            context.ReportDiagnostic(FindingReporter.InFile(finding, file.Path, text));
        }
    }

    private static void ReportConfigProblems(AdditionalFileAnalysisContext context, AnalyzerConfigs configs)
    {
        string path = context.AdditionalFile.Path;
        SourceText? text = context.AdditionalFile.GetText(context.CancellationToken);
        foreach (ConfigParseResult result in configs.Parsed.Where(r => r.Problems.Count > 0 && r.Problems[0].Path == path))
        {
            foreach (Finding problem in result.Problems)
            {
                context.ReportDiagnostic(FindingReporter.InFile(problem, path, text));
            }
        }
    }

    /// <summary>Semantic Kernel's config.json beside skprompt.txt, when the build passed it too.</summary>
    private static System.Collections.Generic.Dictionary<string, string>? Companions(AdditionalFileAnalysisContext context, string path)
    {
        if (PromptFormats.FromFileName(path) != PromptFormat.SemanticKernelText)
        {
            return null;
        }

        string folder = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
        AdditionalText? config = context.Options.AdditionalFiles.FirstOrDefault(f =>
            System.IO.Path.GetFileName(f.Path) == PromptFormats.SemanticKernelConfig && (System.IO.Path.GetDirectoryName(f.Path) ?? string.Empty) == folder);
        string? configText = config?.GetText(context.CancellationToken)?.ToString();
        return configText is null ? null : new System.Collections.Generic.Dictionary<string, string> { [PromptFormats.SemanticKernelConfig] = configText };
    }
}
