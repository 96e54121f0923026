using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Models;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Ladder;

/// <summary>
/// The four questions before fine-tuning, answered yes, no or unknown per fine-tuned model from what promptlint.yaml
/// and the evidence files say (docs/ladder-report.md lists exactly what makes each answer):
/// 1. a detailed prompt with 3–5 examples was tried and is still inconsistent;
/// 2. the task is narrow enough for 200–500 consistent examples;
/// 3. volume is high enough (10,000+ calls a month);
/// 4. it was verified that the prompt cannot do it (a baseline that the fine-tune beats, on held-out data).
/// After them, the check after training: the fine-tune kept its base's general ability (a general eval, PL4015/PL4016).
/// </summary>
public static class FineTuneQuestions
{
    public const string Tried = "A detailed prompt with 3–5 examples was tried and is still inconsistent";
    public const string Narrow = "The task is narrow enough for 200–500 consistent examples";
    public const string Volume = "Volume is high enough (10,000+ calls a month)";
    public const string Verified = "It was verified that the prompt cannot do it (a baseline the fine-tune beats)";
    public const string GeneralAbility = "After training: the fine-tune kept its base's general ability (a general eval on both, within tolerance)";

    internal static IReadOnlyList<FineTuneAssessment> Assess(IReadOnlyList<LadderPrompt> prompts, ConfigCascade cascade, IReadOnlyList<FineTuneEvidence> evidence, Func<string, string> display)
    {
        var result = new List<FineTuneAssessment>();
        var configs = cascade.Parsed.Where(p => p.Config is not null).Select(p => p.Config!).ToList();
        foreach (FineTuneEvidence e in evidence)
        {
            List<LadderPrompt> users = prompts.Where(p => p.Model is not null && e.Declaration.Matches(p.Model)).ToList();
            string model = e.FineTunedModel ?? e.Declaration.ModelPattern;
            FineTuneAssessment assessment = Assess(model, e.BaseModel, e, users, configs, cascade);
            assessment.DeclaredIn = e.Declaration.ConfigPath.Length > 0 ? display(e.Declaration.ConfigPath) : null;
            assessment.BaseRetirement = BaseRetirementStatus.Of(assessment.BaseModel, e.BaseRetirement, e.RetirementsJudgedOn ?? RetirementTable.Default.AsOf);
            result.Add(assessment);
        }

        foreach (var group in prompts.Where(p => p.FineTuned && p.Evidence == EvidenceSummary.Undeclared).GroupBy(p => p.Model!, StringComparer.Ordinal))
        {
            FineTuneAssessment assessment = Assess(group.Key, group.First().BaseModel, null, group.ToList(), configs, cascade);
            if (group.First().BaseRetirement is { } status)
            {
                assessment.BaseRetirement = status;
            }

            result.Add(assessment);
        }

        return result.OrderBy(a => a.Model, StringComparer.Ordinal).ThenBy(a => a.DeclaredIn, StringComparer.Ordinal).ToList();
    }

    private static FineTuneAssessment Assess(string model, string? baseModel, FineTuneEvidence? e, List<LadderPrompt> users, List<PromptLintConfig> configs, ConfigCascade cascade) =>
        new()
        {
            Model = model,
            BaseModel = baseModel ?? ModelIdClassifier.Classify(model).BaseModel,
            Evidence = EvidenceSummary.Of(e),
            Prompts = users.Select(p => p.Path).ToList(),
            Questions = new[]
            {
                PromptTried(e),
                TaskIsNarrow(e, cascade),
                VolumeIsHigh(model, users, configs),
                PromptCannotDoIt(e),
            },
            GeneralAbility = GeneralAbilityKept(e),
        };

    private static QuestionAnswer PromptTried(FineTuneEvidence? e)
    {
        if (e?.Baseline is { } baseline)
        {
            return new("tried", Tried, Answer.Yes, $"a prompt-only baseline was measured ({Describe(baseline)})");
        }

        return new("tried", Tried, Answer.Unknown, e?.Declaration.Baseline is { } path
            ? $"the baseline {path} could not be read"
            : "no baseline: declared under models: (the prompt-only result on the base model)");
    }

    private static QuestionAnswer TaskIsNarrow(FineTuneEvidence? e, ConfigCascade cascade)
    {
        if (e?.Training is not { } training)
        {
            return new("narrow", Narrow, Answer.Unknown, e?.Declaration.Training is { } path ? $"the training set {path} could not be read" : "no training: set declared under models:");
        }

        bool classification = e.Declaration.Task is FineTuneTask.Classification or FineTuneTask.Extraction;
        LintSettings settings = cascade.SettingsFor(e.Declaration.ConfigPath.Length > 0 ? e.Declaration.ConfigPath : ConfigParser.FileName);
        int floor = settings.Option(RuleCatalog.TrainingSetBelowSizeFloor, classification ? "minExamplesClassification" : "minExamples");
        string kind = classification ? "classification/extraction" : "generation";
        if (training.Examples < floor)
        {
            return new("narrow", Narrow, Answer.No, $"the training set has {training.Examples:N0} examples, under the {floor:N0} a {kind} fine-tune needs (PL4007)");
        }

        if (training.Findings.Any(f => f.Rule == RuleCatalog.InconsistentDatasetOutputFormats))
        {
            return new("narrow", Narrow, Answer.No, $"{training.Examples:N0} examples, but their outputs mix formats (PL4008)");
        }

        return new("narrow", Narrow, Answer.Yes, $"{training.Examples:N0} examples (floor {floor:N0} for {kind}), one output format");
    }

    private static QuestionAnswer VolumeIsHigh(string model, List<LadderPrompt> users, List<PromptLintConfig> configs)
    {
        decimal? perDay;
        string from;
        if (users.Any(p => p.Cost.Usage.CallsPerDay is not null))
        {
            perDay = CostMath.Guarded(() => users.Sum(p => p.Cost.Usage.CallsPerDay ?? 0m));
            from = $"{users.Count(p => p.Cost.Usage.CallsPerDay is not null)} prompt(s)";
        }
        else
        {
            UsageEntry? entry = UsageResolver.ModelEntries(configs, model).LastOrDefault(u => u.CallsPerDay is not null);
            if (entry is null)
            {
                return new("volume", Volume, Answer.Unknown, "no callsPerDay under usage: for the prompts that use it or for the model");
            }

            perDay = entry.CallsPerDay;
            from = $"usage.models \"{entry.Key}\"";
        }

        decimal? month = perDay is { } calls ? CostMath.Guarded(() => CostMath.CallsPerMonth(calls)) : null;
        if (month is null)
        {
            // Past decimal's range (about 7.9 × 10^28): certainly over 10,000 a month, but no figure can be printed.
            return new("volume", Volume, Answer.Yes, $"the callsPerDay from {from} are too large to compute a monthly figure");
        }

        string figures = $"{Number(perDay!.Value)} calls/day from {from} = {Number(Math.Round(month.Value, 0, MidpointRounding.AwayFromZero))} calls/month";
        return month >= CostMath.FineTuneVolumePerMonth
            ? new("volume", Volume, Answer.Yes, figures)
            : new("volume", Volume, Answer.No, figures + ", under 10,000");
    }

    private static QuestionAnswer PromptCannotDoIt(FineTuneEvidence? e)
    {
        if (e is null)
        {
            return new("verified", Verified, Answer.Unknown, "no models: entry: no baseline or held-out evaluation declared (PL4001)");
        }

        EvidenceVerdict? Verdict(RuleDescriptor rule) => e.Verdicts.FirstOrDefault(v => v.Rule == rule);
        EvidenceVerdict? beats = Verdict(RuleCatalog.FineTuneDoesNotBeatBaseline);
        EvidenceVerdict? heldOut = Verdict(RuleCatalog.EvaluationNotHeldOut);
        if (heldOut?.Outcome == EvidenceOutcome.Failed)
        {
            return new("verified", Verified, Answer.No, "the evaluation was not held out (PL4004): " + heldOut.Detail);
        }

        if (beats?.Outcome == EvidenceOutcome.Failed)
        {
            return new("verified", Verified, Answer.No, "the fine-tune does not beat the baseline (PL4005): " + beats.Detail);
        }

        EvidenceVerdict? otherFailure = e.Verdicts.FirstOrDefault(v => v.Outcome == EvidenceOutcome.Failed
            && (v.Rule == RuleCatalog.BaselineAndEvaluationDiffer || v.Rule == RuleCatalog.BaselineOnDifferentModel));
        if (beats?.Outcome == EvidenceOutcome.Passed && otherFailure is null)
        {
            return new("verified", Verified, Answer.Yes, beats.Detail);
        }

        return new("verified", Verified, Answer.Unknown, otherFailure is not null
            ? $"{otherFailure.Rule.Id} failed: {otherFailure.Detail}"
            : beats?.Detail ?? "no evaluation to compare with the baseline");
    }

    private static QuestionAnswer GeneralAbilityKept(FineTuneEvidence? e)
    {
        if (e is null)
        {
            return new("generalAbility", GeneralAbility, Answer.Unknown, "no models: entry: no general-ability eval declared (PL4001, PL4015)");
        }

        if (e.Declaration.Regression is not { } regression)
        {
            return new("generalAbility", GeneralAbility, Answer.Unknown, "no general-ability eval: declare regression: { base, fineTune } under models: (PL4015)");
        }

        foreach ((string key, string? path, EvalResult? read) in new[] { ("regression.base", regression.Base, e.RegressionBase), ("regression.fineTune", regression.FineTune, e.RegressionFineTune) })
        {
            if (read is null)
            {
                return new("generalAbility", GeneralAbility, Answer.Unknown, path is null ? $"{key} is not declared (PL4015)" : $"the general-ability result {path} could not be read");
            }
        }

        EvidenceVerdict? verdict = e.Verdicts.FirstOrDefault(v => v.Rule == RuleCatalog.FineTuneFallsBelowBaseOnGeneralAbility);
        return verdict?.Outcome switch
        {
            EvidenceOutcome.Passed => new("generalAbility", GeneralAbility, Answer.Yes, verdict.Detail),
            EvidenceOutcome.Failed => new("generalAbility", GeneralAbility, Answer.No, "PL4016: " + verdict.Detail),
            _ => new("generalAbility", GeneralAbility, Answer.Unknown, verdict?.Detail ?? "the general-ability eval was not compared"),
        };
    }

    private static string Describe(EvalResult result) => string.Join(", ", new[]
    {
        result.Model?.Value, result.Metric is null ? null : $"{result.Metric.Value.Value} {result.Score?.Value.ToString(CultureInfo.InvariantCulture)}",
    }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
