using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Hosting;
using PromptLint.Ladder;
using PromptLint.Ladder.Writers;
using PromptLint.Pipeline;

namespace PromptLint.MSBuild;

/// <summary>
/// Writes the ladder report (docs/ladder-report.md) for the project's prompt files when the build asks for it with
/// <c>PromptLintLadderReport=path</c>; never on an ordinary build. Same cascade and pipeline as the other hosts, with
/// the fact rules on; token counts are the calibrated estimate (the task loads no tokenizer vocabulary), and the
/// report says so. The format follows the file's extension (.md, .json, .html/.htm; anything else: the text table)
/// unless <see cref="Format"/> names one.
/// </summary>
public sealed class WritePromptLintLadderReport : Task
{
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The promptlint.yaml the project names with <c>PromptLintConfigFile</c>; empty: each file's cascade.</summary>
    public string? ConfigFile { get; set; }

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>table, markdown, json or html; empty: from <see cref="OutputFile"/>'s extension.</summary>
    public string? Format { get; set; }

    public override bool Execute()
    {
        string format = FormatOf(Format, OutputFile);
        if (format.Length == 0)
        {
            Log.LogError($"PromptLintLadderReportFormat must be table, markdown, json or html, not '{Format}'");
            return false;
        }

        ConfigCascade cascade = ProjectConfigs.Cascade(ConfigFile);
        var candidates = ProjectConfigs.Paths(Files).Select(path => new CandidateFile(path, string.Equals(
            Files.FirstOrDefault(f => string.Equals(Path.GetFullPath(f.ItemSpec), path, StringComparison.Ordinal))?.GetMetadata(LintPromptFiles.ExplicitMetadata), "true", StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (CandidateFile candidate in candidates)
        {
            cascade.ChainFor(candidate.Path);
        }

        string project = Path.GetFullPath(ProjectDirectory);
        cascade.ChainFor(project, isFolder: true);
        if (cascade.HasErrors)
        {
            Log.LogError("PromptLint: the ladder report was not written because promptlint.yaml has errors (reported above or by 'promptlint lint')");
            return false;
        }

        var host = new DiskFileHost();
        var pipeline = new PromptFilePipeline(cascade, host, LadderReportBuilder.WithFactRules);
        var evidencePipeline = DiskEvidence.Pipeline(cascade, host, project);
        var prompts = new List<(string, string, Model.PromptDocument, IReadOnlyList<Finding>)>();
        foreach (CandidateFile candidate in candidates)
        {
            FileOutcome outcome = evidencePipeline.Claim(candidate) ?? pipeline.Lint(candidate);
            if (outcome.Document is not null)
            {
                prompts.Add((candidate.Path, Display(project, candidate.Path), outcome.Document, outcome.Findings));
            }
        }

        IReadOnlyList<FineTuneEvidence> evidence = evidencePipeline.LintDeclared();
        LadderReport report = LadderReportBuilder.Build(prompts, cascade, evidence, EstimatingTokenCounter.Instance, displayPath: p => Display(project, p));
        string text = format switch
        {
            "markdown" => LadderMarkdownWriter.Write(report),
            "json" => LadderJsonWriter.Write(report),
            "html" => LadderHtmlWriter.Write(report),
            _ => LadderTableWriter.Write(report),
        };

        string output = Path.GetFullPath(Path.Combine(project, OutputFile));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, text, new UTF8Encoding(false));
        Log.LogMessage(MessageImportance.High, $"PromptLint: ladder report of {report.Prompts.Count} prompt(s) written to {output}");
        return !Log.HasLoggedErrors;
    }

    internal static string FormatOf(string? format, string outputFile)
    {
        if (!string.IsNullOrWhiteSpace(format))
        {
            string f = format!.Trim().ToLowerInvariant();
            return f is "table" or "markdown" or "json" or "html" ? f : string.Empty;
        }

        return Path.GetExtension(outputFile).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => "markdown",
            ".json" => "json",
            ".html" or ".htm" => "html",
            _ => "table",
        };
    }

    /// <summary>Relative to the project folder with <c>/</c> when inside it; else the full path.</summary>
    private static string Display(string project, string path)
    {
        string folder = project.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        return (path.StartsWith(folder, StringComparison.Ordinal) ? path.Substring(folder.Length) : path).Replace('\\', '/');
    }
}
