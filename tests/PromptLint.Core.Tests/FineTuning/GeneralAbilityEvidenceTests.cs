using System.Globalization;
using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.FineTuning;

/// <summary>
/// The general-ability eval of a fine-tune (regression: under models:): PL4015 where the model ID is used when none is
/// declared, PL4016 when the fine-tune falls below its base by more than the tolerance, PL4002/PL4003 for its files.
/// </summary>
public sealed class GeneralAbilityEvidenceTests
{
    private const string FineTune = "ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6";
    private const string Base = "gpt-4o-mini-2024-07-18";
    private const string Regression = "    regression:\n      base: evals/general-base.json\n      fineTune: evals/general-fine-tune.json\n";

    private readonly Dictionary<string, string> _files = new()
    {
        ["/repo/evals/baseline.json"] = Result(Base, 0.871, dataset: "datasets/heldout.jsonl"),
        ["/repo/evals/fine-tune.json"] = Result(FineTune, 0.934, dataset: "datasets/heldout.jsonl"),
        ["/repo/evals/general-base.json"] = Result(Base, 0.812),
        ["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.804),
    };

    private static string Result(string model, double score, string metric = "accuracy", string dataset = "general-suite-v1") =>
        $"{{\n  \"model\": \"{model}\",\n  \"metric\": \"{metric}\",\n  \"score\": {score.ToString(CultureInfo.InvariantCulture)},\n  \"dataset\": \"{dataset}\",\n  \"samples\": 500\n}}\n";

    private static PromptLintConfig Config(string entry)
    {
        string yaml = $"models:\n  \"ft:gpt-4o-mini-2024-07-18:northwind:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n    metric: accuracy\n{entry}"
            + "retirements:\n  models:\n    \"gpt-4o-mini-2024-07-18\": never\n"; // these tests judge the evidence, not the base (PL4013/PL4014)
        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml", yaml);
        Assert.Empty(parsed.Problems);
        return parsed.Config!;
    }

    private FineTuneEvidence Check(string entry = Regression)
    {
        PromptLintConfig config = Config(entry);
        return EvidenceChecker.Check(Assert.Single(config.Models), path => _files.TryGetValue(path, out string? text) ? new StringReader(text) : null, config.SettingsFor("promptlint.yaml"));
    }

    private static EvidenceVerdict Verdict(FineTuneEvidence evidence, string ruleId) => evidence.Verdicts.Single(v => v.Rule.Id == ruleId);

    private static string Prompty(string modelId) => $"""
        ---
        name: ticket-triage
        description: Sorts a support ticket into one queue.
        model:
          id: {modelId}
          provider: openai
        inputs:
          - name: ticket
            kind: string
        ---
        system:
        You are the ticket triage assistant for Northwind Outdoor. Classify the ticket into billing, shipping, product or account.
        Respond with JSON only: {"{"}"category": "billing|shipping|product|account"{"}"}

        user:
        <ticket>{"{{ticket}}"}</ticket>
        """;

    private static List<Finding> AtModelId(PromptLintConfig config, Func<string, bool>? projectFiles = null)
    {
        LintSettings settings = config.SettingsFor("triage.prompty");
        settings = projectFiles is null ? settings : settings.WithProjectFiles(projectFiles);
        return Lint.Text("triage.prompty", Prompty(FineTune), settings).Where(f => f.RuleId is "PL4001" or "PL4002" or "PL4015").ToList();
    }

    [Fact]
    public void A_fine_tune_within_tolerance_of_its_base_passes_PL4016_with_both_scores()
    {
        FineTuneEvidence evidence = Check();
        Assert.Empty(evidence.Findings);
        EvidenceVerdict verdict = Verdict(evidence, "PL4016");
        Assert.Equal(EvidenceOutcome.Passed, verdict.Outcome);
        Assert.Equal("accuracy 0.812 on the base → 0.804 on the fine-tune, −0.008, within tolerance 0.02", verdict.Detail);
        Assert.Equal(-0.008, evidence.GeneralAbilityChange!.Value, 6);
        Assert.Equal(0.812, evidence.RegressionBase!.Score!.Value.Value, 6);
        Assert.Contains("the general-ability results both report accuracy on general-suite-v1", Verdict(evidence, "PL4003").Detail);
    }

    [Fact]
    public void A_fine_tune_more_than_the_default_tolerance_below_its_base_is_PL4016_at_its_score()
    {
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.761);
        FineTuneEvidence evidence = Check();
        Finding finding = Assert.Single(evidence.Findings);
        Assert.Equal("PL4016", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/repo/evals/general-fine-tune.json", finding.Path);
        Assert.Equal(new LinePosition(4, 12), finding.Start());
        Assert.StartsWith("the fine-tune fell below its base on the general-ability eval (accuracy 0.812 on the base → 0.761 on the fine-tune, −0.051, more than tolerance 0.02)", finding.Message);
        Assert.Equal(EvidenceOutcome.Failed, Verdict(evidence, "PL4016").Outcome);
    }

    [Fact]
    public void Exactly_the_tolerance_below_passes_and_just_past_it_fails()
    {
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.792);
        Assert.Empty(Check().Findings);
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.791);
        Assert.Equal("PL4016", Assert.Single(Check().Findings).RuleId);
    }

    [Fact]
    public void Tolerance_and_better_lower_are_honoured()
    {
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.761);
        Assert.Empty(Check(Regression + "      tolerance: 0.06\n").Findings);

        // An unsafe-answer rate: lower is better, so 0.03 → 0.09 is a loss of 0.06.
        _files["/repo/evals/general-base.json"] = Result(Base, 0.03, metric: "unsafe rate");
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.09, metric: "unsafe rate");
        Finding finding = Assert.Single(Check(Regression + "      better: lower\n").Findings);
        Assert.Equal("PL4016", finding.RuleId);
        Assert.Contains("unsafe rate 0.03 on the base → 0.09 on the fine-tune, −0.06", finding.Message);
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.01, metric: "unsafe rate");
        Assert.Empty(Check(Regression + "      better: lower\n").Findings);
    }

    [Fact]
    public void General_results_on_different_metrics_are_PL4003_and_PL4016_does_not_compare_them()
    {
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.5, metric: "f1");
        FineTuneEvidence evidence = Check();
        Finding finding = Assert.Single(evidence.Findings);
        Assert.Equal("PL4003", finding.RuleId);
        Assert.Equal(new LinePosition(3, 13), finding.Start());
        Assert.Equal("the regression.fineTune result reports 'f1' but the regression.base result reports 'accuracy'; measure both with the same metric on the same general-ability eval", finding.Message);
        Assert.Equal(EvidenceOutcome.NotChecked, Verdict(evidence, "PL4016").Outcome);
        Assert.Contains("different metrics (accuracy, f1; PL4003)", Verdict(evidence, "PL4016").Detail);
    }

    [Fact]
    public void General_results_on_different_datasets_or_another_than_the_declared_metric_are_PL4003()
    {
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.80, dataset: "general-suite-v2");
        Finding dataset = Assert.Single(Check().Findings);
        Assert.Equal("PL4003", dataset.RuleId);
        Assert.Contains("the regression.fineTune result ran on 'general-suite-v2' but the regression.base result on 'general-suite-v1'", dataset.Message);

        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.80);
        Finding declared = Assert.Single(Check(Regression + "      metric: pass rate\n").Findings);
        Assert.Equal("PL4003", declared.RuleId);
        Assert.Contains("the regression.base result reports 'accuracy' but promptlint.yaml declares regression.metric: pass rate", declared.Message);
    }

    [Fact]
    public void A_general_base_result_on_another_model_than_the_fine_tune_s_base_is_PL4006()
    {
        Assert.Equal("the baseline ran on gpt-4o-mini-2024-07-18, the fine-tune's base, and so did the general-ability eval's base result", Verdict(Check(), "PL4006").Detail);

        _files["/repo/evals/general-base.json"] = Result("gpt-4o", 0.86);
        FineTuneEvidence evidence = Check();
        Finding finding = Assert.Single(evidence.Findings, f => f.RuleId == "PL4006");
        Assert.Equal("/repo/evals/general-base.json", finding.Path);
        Assert.Equal(new LinePosition(2, 12), finding.Start());
        Assert.Equal("the regression.base result was measured on 'gpt-4o' but the fine-tune was trained from 'gpt-4o-mini-2024-07-18'; run the general-ability eval on the base model so the comparison isolates the fine-tune", finding.Message);
    }

    [Fact]
    public void Without_a_regression_eval_PL4016_is_not_checked_and_no_evidence_finding_is_made()
    {
        FineTuneEvidence evidence = Check(entry: "");
        Assert.Empty(evidence.Findings);
        Assert.Null(evidence.RegressionBase);
        EvidenceVerdict verdict = Verdict(evidence, "PL4016");
        Assert.Equal(EvidenceOutcome.NotChecked, verdict.Outcome);
        Assert.Contains("PL4015", verdict.Detail);
    }

    [Fact]
    public void An_unreadable_general_result_is_PL0014_and_PL4016_is_not_checked()
    {
        _files["/repo/evals/general-fine-tune.json"] = "{ \"model\": \"x\", \"metric\": \"accuracy\", \"score\": \"high\" }";
        FineTuneEvidence evidence = Check();
        Assert.Equal("PL0014", Assert.Single(evidence.Findings).RuleId);
        Assert.Equal(EvidenceOutcome.NotChecked, Verdict(evidence, "PL4016").Outcome);
    }

    [Fact]
    public void A_fine_tune_with_target_evidence_but_no_general_eval_is_PL4015_at_the_model_id()
    {
        Finding finding = Assert.Single(AtModelId(Config(entry: "")));
        Assert.Equal("PL4015", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new LinePosition(5, 7), finding.Start());
        Assert.Contains("has a baseline and an evaluation under models: 'ft:gpt-4o-mini-2024-07-18:northwind:triage:*' but no general-ability eval", finding.Message);
        Assert.Contains("regression: { base: evals/general-base.json, fineTune: evals/general-fine-tune.json }", finding.Message);
    }

    [Fact]
    public void A_regression_eval_missing_one_side_is_PL4015_naming_it()
    {
        Finding finding = Assert.Single(AtModelId(Config("    regression: { base: evals/general-base.json }\n")));
        Assert.Equal("PL4015", finding.RuleId);
        Assert.Contains("declares regression: under models: 'ft:gpt-4o-mini-2024-07-18:northwind:triage:*' without fineTune (the general eval on the fine-tune)", finding.Message);
    }

    [Fact]
    public void A_complete_regression_eval_is_quiet_at_the_model_id()
    {
        Assert.Empty(AtModelId(Config(Regression)));
    }

    [Fact]
    public void An_entry_without_a_baseline_is_PL4001_only_not_PL4015_too()
    {
        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml", "models:\n  \"ft:gpt-4o-mini-2024-07-18:northwind:triage:*\":\n    evaluation: evals/fine-tune.json\n");
        Assert.Equal(["PL4001"], AtModelId(parsed.Config!).Select(f => f.RuleId));
        Assert.Equal(["PL4001"], FineTuningCheck.Check(FineTune, parsed.Config!.BaseSettings).Where(i => i.Rule.Id != "PL4014").Select(i => i.Rule.Id));
    }

    [Fact]
    public void A_declared_general_result_that_is_not_in_the_project_is_PL4002()
    {
        var present = new HashSet<string> { "/repo/evals/baseline.json", "/repo/evals/fine-tune.json", "/repo/evals/general-base.json" };
        Finding finding = Assert.Single(AtModelId(Config(Regression), present.Contains));
        Assert.Equal("PL4002", finding.RuleId);
        Assert.StartsWith("the regression.fineTune file 'evals/general-fine-tune.json' that promptlint.yaml declares", finding.Message);
        Assert.True(FineTuningCheck.Reports("PL4015"));
    }

    [Fact]
    public void The_regression_key_is_parsed_with_defaults_and_its_mistakes_are_located()
    {
        ModelBaseline model = Assert.Single(Config(Regression).Models);
        Assert.Equal("evals/general-base.json", model.Regression!.Base);
        Assert.Equal("evals/general-fine-tune.json", model.Regression.FineTune);
        Assert.Equal(RegressionEval.DefaultTolerance, model.Regression.Tolerance);
        Assert.True(model.Regression.HigherIsBetter);
        Assert.Null(model.Regression.Metric);
        Assert.Equal(new LinePosition(7, 13), model.ValuePositions["regression.base"].Start);

        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml",
            "models:\n  \"ft:a:b:c\":\n    regression:\n      base: evals/b.json\n      fineTune: evals/f.json\n      tolerence: 0.05\n      tolerance: -1\n");
        Assert.Collection(parsed.Problems.OrderBy(p => p.Position.Start.Line),
            unknown =>
            {
                Assert.Equal("PL0002", unknown.RuleId);
                Assert.Equal(6, unknown.Position.Start.Line);
                Assert.Contains("unknown key 'tolerence' in 'models.\"ft:a:b:c\".regression'; use base, fineTune, metric, tolerance, better", unknown.Message);
            },
            negative =>
            {
                Assert.Equal("PL0001", negative.RuleId);
                Assert.Equal(7, negative.Position.Start.Line);
                Assert.Contains("must be a number ≥ 0 in the metric's units (e.g. 0.02), not '-1'", negative.Message);
            });

        ConfigParseResult scalar = ConfigParser.Parse("/repo/promptlint.yaml", "models:\n  \"ft:a:b:c\":\n    regression: evals/general.json\n");
        Assert.Equal("PL0001", Assert.Single(scalar.Problems).RuleId);
    }
}
