using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PromptLint.Configuration;
using PromptLint.Datasets;
using PromptLint.Linting;
using PromptLint.Models;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>
/// Checks the evidence <c>models:</c> declares for each fine-tuned model: reads the baseline and evaluation result
/// files, lints the training and validation sets (streaming), reads the evaluation's own data when its result names
/// a JSONL file, then runs the evidence rules. Core does no IO: the host's <c>open</c> opens a resolved path (or
/// returns null when it cannot; PL4002 reports missing files).
/// </summary>
public static class EvidenceChecker
{
    /// <summary>Checks every declared model with one set of settings; a file shared by several models is reported once.</summary>
    public static IReadOnlyList<FineTuneEvidence> CheckAll(IEnumerable<ModelBaseline> models, Func<string, TextReader?> open, LintSettings? settings = null) =>
        CheckAll(models, open, _ => settings ?? LintSettings.Default);

    /// <summary>Checks every declared model with the settings that apply to its promptlint.yaml; shared files are reported once.</summary>
    public static IReadOnlyList<FineTuneEvidence> CheckAll(IEnumerable<ModelBaseline> models, Func<string, TextReader?> open, Func<ModelBaseline, LintSettings> settingsFor)
    {
        var results = new List<FineTuneEvidence>();
        var seen = new HashSet<(string, int, int, string, string)>();
        foreach (ModelBaseline model in models)
        {
            FineTuneEvidence evidence = Check(model, open, settingsFor(model));
            evidence.FindingList.RemoveAll(f => !seen.Add((f.Path, f.Position.Start.Line, f.Position.Start.Column, f.RuleId, f.Message)));
            results.Add(evidence);
        }

        return results;
    }

    public static FineTuneEvidence Check(ModelBaseline model, Func<string, TextReader?> open, LintSettings? settings = null)
    {
        settings ??= LintSettings.Default;
        var evidence = new FineTuneEvidence(model);
        evidence.Baseline = ReadResult(model, model.Baseline, open, settings, evidence);
        evidence.Evaluation = ReadResult(model, model.Evaluation, open, settings, evidence);
        evidence.Training = ReadDataset(model, model.Training, DatasetRole.Training, null, open, settings, evidence);
        evidence.Validation = ReadDataset(model, model.Validation, DatasetRole.Validation, evidence.Training, open, settings, evidence);
        if (evidence.Evaluation?.Dataset is { } data && DatasetLinter.IsDatasetFileName(data.Value) && evidence.Training is not null
            && !string.Equals(model.Resolve(data.Value), model.Resolve(model.Training), StringComparison.OrdinalIgnoreCase))
        {
            evidence.EvaluationData = ReadDataset(model, data.Value, DatasetRole.Evaluation, evidence.Training, open, settings, evidence);
        }

        bool exact = model.ModelPattern.IndexOf('*') < 0;
        string? evaluated = evidence.Evaluation?.Model?.Value;
        evidence.FineTunedModel = evaluated is not null && model.Matches(evaluated) ? evaluated : exact ? model.ModelPattern : evaluated;
        evidence.BaseModel = BaseModels.Of(evidence.FineTunedModel) ?? BaseModels.Of(model.ModelPattern);

        var context = new EvidenceContext(evidence, settings);
        foreach (EvidenceRule rule in RuleSet.Evidence)
        {
            context.Rule = rule.Descriptor;
            evidence.VerdictList.Add(rule.Check(context));
        }

        evidence.FindingList.Sort(FindingOrder.Instance);
        return evidence;
    }

    private static EvalResult? ReadResult(ModelBaseline model, string? relative, Func<string, TextReader?> open, LintSettings settings, FineTuneEvidence evidence)
    {
        string? path = model.Resolve(relative);
        string? text = path is null ? null : ReadAll(open, path);
        if (text is null)
        {
            return null;
        }

        EvalReadResult read = EvalResultReader.Read(path!, text, model.Metric);
        if (read.Result is null && settings.SeverityOf(RuleCatalog.MalformedStructure) is var severity && severity != Severity.None)
        {
            TextSpan span = read.ProblemSpan;
            evidence.FindingList.Add(new Finding(RuleCatalog.MalformedStructure, severity, path!, span, read.Source.GetLinePositionSpan(span), read.Problem!));
        }

        return read.Result;
    }

    private static DatasetReport? ReadDataset(ModelBaseline model, string? relative, DatasetRole role, DatasetReport? training,
        Func<string, TextReader?> open, LintSettings settings, FineTuneEvidence evidence)
    {
        string? path = model.Resolve(relative);
        TextReader? reader = path is null ? null : Open(open, path);
        if (reader is null)
        {
            return null;
        }

        using (reader)
        {
            DatasetReport report = DatasetLinter.Lint(path!, reader, settings, role, model.Task, training);
            evidence.FindingList.AddRange(report.Findings);
            return report;
        }
    }

    private static string? ReadAll(Func<string, TextReader?> open, string path)
    {
        using TextReader? reader = Open(open, path);
        return reader?.ReadToEnd();
    }

    private static TextReader? Open(Func<string, TextReader?> open, string path)
    {
        try
        {
            return open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the host reports unreadable files itself (PL0010); the checks that need this one are not run
        }
    }

}
