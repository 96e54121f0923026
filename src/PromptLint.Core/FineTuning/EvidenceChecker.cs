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
        evidence.Training = ReadDataset(model, model.Training, DatasetRole.Training, null, open, settings, evidence, "training");
        evidence.Validation = ReadDataset(model, model.Validation, DatasetRole.Validation, evidence.Training, open, settings, evidence, "validation");
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
            evidence.VerdictList.Add(settings.SeverityOf(rule.Descriptor) == Severity.None
                ? new EvidenceVerdict(rule.Descriptor, EvidenceOutcome.NotChecked, "the rule is turned off in promptlint.yaml")
                : rule.Check(context));
        }

        foreach (Datasets.DatasetRule rule in RuleSet.CreateDatasetRules())
        {
            evidence.VerdictList.Add(DatasetVerdict(rule, evidence, settings));
        }

        evidence.FindingList.Sort(FindingOrder.Instance);
        return evidence;
    }

    /// <summary>A dataset check's verdict from the reports of the sets it applies to: its first finding, or why it did not run.</summary>
    private static EvidenceVerdict DatasetVerdict(Datasets.DatasetRule rule, FineTuneEvidence evidence, LintSettings settings)
    {
        if (settings.SeverityOf(rule.Descriptor) == Severity.None)
        {
            return new EvidenceVerdict(rule.Descriptor, EvidenceOutcome.NotChecked, "the rule is turned off in promptlint.yaml");
        }

        var reports = new[] { evidence.Training, evidence.Validation }
            .Where(r => r is not null && rule.AppliesTo(r.Role)).Select(r => r!).ToList();
        if (reports.Count == 0)
        {
            return new EvidenceVerdict(rule.Descriptor, EvidenceOutcome.NotChecked,
                rule.AppliesTo(DatasetRole.Training) ? "no training set is declared or it cannot be read" : "no validation set is declared or it cannot be read");
        }

        if (reports.SelectMany(r => r.Findings).FirstOrDefault(f => f.Rule == rule.Descriptor) is { } finding)
        {
            return new EvidenceVerdict(rule.Descriptor, EvidenceOutcome.Failed, finding.Message);
        }

        return new EvidenceVerdict(rule.Descriptor, EvidenceOutcome.Passed,
            string.Join("; ", reports.Select(r => $"{DatasetLinter.DisplayName(r.Path)}: {r.Examples} examples")));
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
        Func<string, TextReader?> open, LintSettings settings, FineTuneEvidence evidence, string? declaredAs = null)
    {
        string? path = model.Resolve(relative);
        TextReader? reader = path is null ? null : Open(open, path);
        if (reader is null)
        {
            if (path is not null && declaredAs is not null)
            {
                ReportUnreadable(model, declaredAs, relative!, settings, evidence);
            }

            return null;
        }

        using (reader)
        {
            DatasetReport report = DatasetLinter.Lint(path!, reader, settings, role, model.Task, training);
            evidence.FindingList.AddRange(report.Findings);
            return report;
        }
    }

    /// <summary>
    /// A declared dataset that cannot be opened is PL0010 at its value in promptlint.yaml (eval result files are
    /// PL4002's, which the analyzer reports where the model is used).
    /// </summary>
    private static void ReportUnreadable(ModelBaseline model, string key, string relative, LintSettings settings, FineTuneEvidence evidence)
    {
        Severity severity = settings.SeverityOf(RuleCatalog.UnreadableInput);
        if (severity == Severity.None || !model.ValuePositions.TryGetValue(key, out LinePositionSpan position))
        {
            return;
        }

        evidence.FindingList.Add(new Finding(RuleCatalog.UnreadableInput, severity, model.ConfigPath, model.SpanOf(key), position,
            $"the {key} set '{relative}' that promptlint.yaml declares for '{model.ModelPattern}' cannot be read (missing, not a regular file, or unreadable); fix the path or add the file"));
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
