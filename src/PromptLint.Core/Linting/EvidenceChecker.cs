using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Linting;

/// <summary>
/// Checks the evidence <c>models:</c> declares for each fine-tuned model: reads the baseline and evaluation result
/// files and the general-ability eval's (<c>regression:</c>), lints the training and validation sets (streaming),
/// reads the evaluation's own data when its result names a JSONL file, then runs the evidence rules. A pattern whose
/// base is retired or retiring is PL4013/PL4014 at the entry's key. Core does no IO: the host's <c>open</c> opens a
/// resolved path (or returns null when it cannot; PL4002 reports missing files).
/// </summary>
public static class EvidenceChecker
{
    /// <summary>Checks every declared model with one set of settings; a file shared by several models is reported once.</summary>
    public static IReadOnlyList<FineTuneEvidence> CheckAll(IEnumerable<ModelBaseline> models, Func<string, TextReader?> open, LintSettings? settings = null) =>
        CheckAll(models, open, _ => settings ?? LintSettings.Default);

    /// <summary>Checks every declared model with the settings that apply to its promptlint.yaml; shared files are reported once.</summary>
    public static IReadOnlyList<FineTuneEvidence> CheckAll(IEnumerable<ModelBaseline> models, Func<string, TextReader?> open, Func<ModelBaseline, LintSettings> settingsFor) =>
        CheckAll(models, open, settingsFor, refuse: null);

    /// <param name="models">The declared models.</param>
    /// <param name="open">Opens a resolved path, or null.</param>
    /// <param name="settingsFor">The settings of each model's promptlint.yaml.</param>
    /// <param name="refuse">
    /// The host's boundary (<c>IEvidenceBoundary</c>; PromptLint.Hosting's <c>RepositoryBoundary</c> on disk): why a path the model's configuration names is not read
    /// (outside the repository, not a regular file), or null. A refused path is a PL0010 at its value and is never opened.
    /// </param>
    public static IReadOnlyList<FineTuneEvidence> CheckAll(IEnumerable<ModelBaseline> models, Func<string, TextReader?> open, Func<ModelBaseline, LintSettings> settingsFor,
        Func<ModelBaseline, string, string?>? refuse)
    {
        var results = new List<FineTuneEvidence>();
        var seen = new HashSet<(string, int, int, string, string)>();
        foreach (ModelBaseline model in models)
        {
            FineTuneEvidence evidence = Check(model, open, settingsFor(model), refuse);
            evidence.FindingList.RemoveAll(f => !seen.Add((f.Path, f.Position.Start.Line, f.Position.Start.Column, f.RuleId, f.Message)));
            results.Add(evidence);
        }

        return results;
    }

    public static FineTuneEvidence Check(ModelBaseline model, Func<string, TextReader?> open, LintSettings? settings = null, Func<ModelBaseline, string, string?>? refuse = null)
    {
        settings ??= LintSettings.Default;
        var evidence = new FineTuneEvidence(model);
        var files = new EvidenceFiles(model, open, refuse, settings, evidence);
        evidence.Baseline = ReadResult(files, "baseline", model.Baseline);
        evidence.Evaluation = ReadResult(files, "evaluation", model.Evaluation);
        evidence.RegressionBase = ReadResult(files, "regression.base", model.Regression?.Base, model.Regression?.Metric);
        evidence.RegressionFineTune = ReadResult(files, "regression.fineTune", model.Regression?.FineTune, model.Regression?.Metric);
        evidence.Training = ReadDataset(files, model.Training, DatasetRole.Training, null, "training");
        evidence.Validation = ReadDataset(files, model.Validation, DatasetRole.Validation, evidence.Training, "validation");
        if (evidence.Evaluation?.Dataset is { } data && DatasetLinter.IsDatasetFileName(data.Value) && evidence.Training is not null
            && !string.Equals(model.Resolve(data.Value), model.Resolve(model.Training), StringComparison.OrdinalIgnoreCase))
        {
            evidence.EvaluationData = ReadDataset(files, data.Value, DatasetRole.Evaluation, evidence.Training, refusedAs: "evaluation");
        }

        bool exact = model.ModelPattern.IndexOf('*') < 0;
        string? evaluated = evidence.Evaluation?.Model?.Value;
        evidence.FineTunedModel = evaluated is not null && model.Matches(evaluated) ? evaluated : exact ? model.ModelPattern : evaluated;
        evidence.BaseModel = BaseModels.Of(evidence.FineTunedModel) ?? BaseModels.Of(model.ModelPattern);
        evidence.BaseRetirement = BaseRetirement.Find(BaseModels.Of(evidence.FineTunedModel) is not null ? evidence.FineTunedModel : model.ModelPattern, settings.Retirements);
        evidence.RetirementsJudgedOn = settings.Retirements.AsOf;
        ReportBaseRetirement(model, settings, evidence);

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

    /// <summary>PL4013/PL4014 at the entry's key when its pattern names a retired or retiring base (use sites it matches stay quiet: <see cref="FineTuningCheck"/>).</summary>
    private static void ReportBaseRetirement(ModelBaseline model, LintSettings settings, FineTuneEvidence evidence)
    {
        foreach (FineTuningCheck.Issue issue in BaseRetirement.CheckEntry(model, settings.Retirements))
        {
            Severity severity = settings.SeverityOf(issue.Rule);
            if (severity != Severity.None)
            {
                evidence.FindingList.Add(new Finding(issue.Rule, severity, model.ConfigPath, model.Span, model.Position, issue.Message));
            }
        }
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

    /// <summary>Reads the result file <paramref name="relative"/> declared as <paramref name="key"/>; <paramref name="metric"/> (the general-ability eval's own, else the model's) picks one metric out of files with several.</summary>
    private static EvalResult? ReadResult(EvidenceFiles files, string key, string? relative, string? metric = null)
    {
        string? path = files.Model.Resolve(relative);
        string? text = path is null ? null : files.ReadAll(key, relative!, path);
        if (text is null)
        {
            return null;
        }

        EvalReadResult read = EvalResultReader.Read(path!, text, metric ?? files.Model.Metric);
        if (read.Result is null && files.Settings.SeverityOf(MalformedStructure.Rule) is var severity && severity != Severity.None)
        {
            TextSpan span = read.ProblemSpan;
            files.Evidence.FindingList.Add(new Finding(MalformedStructure.Rule, severity, path!, span, read.Source.GetLinePositionSpan(span), read.Problem!));
        }

        return read.Result;
    }

    private static DatasetReport? ReadDataset(EvidenceFiles files, string? relative, DatasetRole role, DatasetReport? training, string? declaredAs = null, string? refusedAs = null)
    {
        ModelBaseline model = files.Model;
        string? path = model.Resolve(relative);
        TextReader? reader = path is null ? null : files.Open(declaredAs ?? refusedAs!, relative!, path, namedByResult: declaredAs is null);
        if (reader is null)
        {
            if (path is not null && declaredAs is not null && !files.WasRefused(path))
            {
                ReportUnreadable(model, declaredAs, relative!, files.Settings, files.Evidence);
            }

            return null;
        }

        using (reader)
        {
            DatasetReport report = DatasetLinter.Lint(path!, reader, files.Settings, role, model.Task, training);
            files.Evidence.FindingList.AddRange(report.Findings);
            return report;
        }
    }

    /// <summary>
    /// A declared dataset that cannot be opened is PL0010 at its value in promptlint.yaml (eval result files are
    /// PL4002's, which the analyzer reports where the model is used).
    /// </summary>
    private static void ReportUnreadable(ModelBaseline model, string key, string relative, LintSettings settings, FineTuneEvidence evidence)
    {
        Severity severity = settings.SeverityOf(UnreadableInput.Rule);
        if (severity == Severity.None || !model.ValuePositions.TryGetValue(key, out LinePositionSpan position))
        {
            return;
        }

        evidence.FindingList.Add(new Finding(UnreadableInput.Rule, severity, model.ConfigPath, model.SpanOf(key), position,
            $"the {key} set '{relative}' that promptlint.yaml declares for '{model.ModelPattern}' cannot be read (missing, not a regular file, or unreadable); fix the path or add the file"));
    }
}
