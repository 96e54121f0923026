using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Models;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>
/// Rung 4 of the ladder for one model ID, shared by every host: is it fine-tuned (or custom, or listed in
/// promptlint.yaml), is an eval baseline declared for it (PL4001), is a general-ability eval declared for it
/// (PL4015), are the declared files there (PL4002), and is the base it was trained from retired (PL4013) or
/// scheduled for retirement (PL4014)? A fine-tune whose <c>models:</c> entry names the same base gets PL4013/PL4014 once,
/// at the entry's key in promptlint.yaml (EvidenceChecker, in the CLI and the build), not at every use site.
/// </summary>
public static class FineTuningCheck
{
    /// <summary>A problem with one model ID: the rule and its message.</summary>
    public readonly record struct Issue(RuleDescriptor Rule, string Message);

    /// <summary>Whether <paramref name="ruleId"/> is one of the rules this check reports (hosts that report them at the model ID leave them out elsewhere).</summary>
    public static bool Reports(string ruleId) =>
        ruleId == RuleCatalog.FineTunedModelWithoutBaseline.Id || ruleId == RuleCatalog.EvalBaselineFileMissing.Id
        || ruleId == RuleCatalog.FineTuneBaseRetired.Id || ruleId == RuleCatalog.FineTuneBaseRetiring.Id
        || ruleId == RuleCatalog.FineTuneWithoutGeneralAbilityEval.Id;

    public static IReadOnlyList<Issue> Check(string modelId, LintSettings settings)
    {
        string id = modelId.Trim();
        ModelIdClassification classification = ModelIdClassifier.Classify(id);
        ModelBaseline? declared = settings.Models.FirstOrDefault(m => m.Matches(id));
        var issues = new List<Issue>();
        if (!BaseRetirement.EntryReports(declared, classification))
        {
            issues.AddRange(BaseRetirement.Check(id, classification, settings.Retirements));
        }

        issues.AddRange(Baseline(id, classification, declared, settings));
        return issues;
    }

    private static IReadOnlyList<Issue> Baseline(string id, ModelIdClassification classification, ModelBaseline? declared, LintSettings settings)
    {
        bool tracked = classification.Class is ModelIdClass.FineTuned or ModelIdClass.Custom || declared is not null;
        if (!tracked)
        {
            return new Issue[0];
        }

        string what = classification.Class == ModelIdClass.Base || classification.Class == ModelIdClass.Ambiguous ? "model" : classification.Kind;
        if (declared is null)
        {
            return new[]
            {
                new Issue(RuleCatalog.FineTunedModelWithoutBaseline,
                    $"{what} '{id}' has no eval baseline; measure the prompt-only baseline and a held-out eval, then declare them in promptlint.yaml: models: {{ \"{id}\": {{ baseline: evals/baseline.json, evaluation: evals/fine-tune.json }} }}"),
            };
        }

        var missing = new List<string>();
        if (declared.Baseline is null)
        {
            missing.Add("baseline (the prompt-only result on the base model)");
        }

        if (declared.Evaluation is null)
        {
            missing.Add("evaluation (the fine-tune on held-out data)");
        }

        if (missing.Count > 0)
        {
            return new[]
            {
                new Issue(RuleCatalog.FineTunedModelWithoutBaseline,
                    $"{what} '{id}' is listed under models: '{declared.ModelPattern}' without {string.Join(" or ", missing)}; measure it and add {string.Join(" and ", missing.Select(m => m.Substring(0, m.IndexOf(' ')) + ": <file>"))} there"),
            };
        }

        var issues = new List<Issue>();
        if (FineTuneWithoutGeneralAbilityEval.Check(what, id, declared) is { } noGeneralEval)
        {
            issues.Add(noGeneralEval);
        }

        if (settings.ProjectFileExists is { } exists)
        {
            foreach ((string kind, string? path) in DeclaredResults(declared))
            {
                string? resolved = declared.Resolve(path);
                if (resolved is not null && !exists(resolved))
                {
                    issues.Add(new Issue(RuleCatalog.EvalBaselineFileMissing,
                        $"the {kind} file '{path}' that promptlint.yaml declares for '{id}' is not among the project's files; add it or fix the path"));
                }
            }
        }

        return issues;
    }

    private static IEnumerable<(string Kind, string? Path)> DeclaredResults(ModelBaseline declared) =>
        new[] { ("baseline", declared.Baseline), ("evaluation", declared.Evaluation), ("regression.base", declared.Regression?.Base), ("regression.fineTune", declared.Regression?.FineTune) };
}
