using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Linting;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.FineTuning;

/// <summary>The evidence rules over in-memory files: good evidence passes every check, each kind of bad evidence fails one at its line.</summary>
public sealed class EvidenceCheckerTests
{
    private const string FineTune = "ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6";

    /// <summary>These tests judge the evidence, not the base: the base's retirement row is removed (PL4013/PL4014 at the entry: EntryBaseRetirementTests).</summary>
    private const string BaseNotRetiring = "retirements:\n  models:\n    \"gpt-4o-mini-2024-07-18\": never\n";

    private readonly Dictionary<string, string> _files = new()
    {
        ["/repo/evals/baseline.json"] = Result("gpt-4o-mini-2024-07-18", 0.871),
        ["/repo/evals/fine-tune.json"] = Result(FineTune, 0.934),
        ["/repo/datasets/train.jsonl"] = Jsonl.Clean(250),
        ["/repo/datasets/heldout.jsonl"] = Jsonl.Clean(40, from: 1000),
    };

    private static string Result(string model, double score, string metric = "accuracy", string dataset = "datasets/heldout.jsonl", string heldOut = "true") =>
        $"{{\n  \"model\": \"{model}\",\n  \"metric\": \"{metric}\",\n  \"score\": {score.ToString(System.Globalization.CultureInfo.InvariantCulture)},\n  \"dataset\": \"{dataset}\",\n  \"heldOut\": {heldOut}\n}}\n";

    private FineTuneEvidence Check(string yamlEntry = "")
    {
        string yaml = $"models:\n  \"ft:gpt-4o-mini-2024-07-18:northwind:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n    training: datasets/train.jsonl\n    metric: accuracy\n    task: classification\n{yamlEntry}{BaseNotRetiring}";
        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml", yaml);
        Assert.Empty(parsed.Problems);
        ModelBaseline model = Assert.Single(parsed.Config!.Models);
        return EvidenceChecker.Check(model, path => _files.TryGetValue(path, out string? text) ? new StringReader(text) : null, parsed.Config.SettingsFor("promptlint.yaml"));
    }

    private static Finding Only(FineTuneEvidence evidence, string ruleId)
    {
        Assert.All(evidence.Findings, f => Assert.Equal(ruleId, f.RuleId));
        return Assert.Single(evidence.Findings);
    }

    [Fact]
    public void Good_evidence_passes_every_check_and_the_result_says_why()
    {
        _files["/repo/evals/general-base.json"] = Result("gpt-4o-mini-2024-07-18", 0.812, dataset: "general-suite-v1", heldOut: "true");
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.804, dataset: "general-suite-v1", heldOut: "true");
        FineTuneEvidence evidence = Check("    regression: { base: evals/general-base.json, fineTune: evals/general-fine-tune.json }\n");
        Assert.Empty(evidence.Findings);
        Assert.All(evidence.Verdicts.Take(10), v => Assert.Equal(EvidenceOutcome.Passed, v.Outcome));
        Assert.Equal(EvidenceOutcome.NotChecked, evidence.Verdicts[10].Outcome); // PL4012: no validation set declared
        Assert.Equal(EvidenceOutcome.Passed, evidence.Verdicts[11].Outcome); // PL4017: the answers are labels, not facts
        Assert.Equal("train.jsonl: 250 examples", evidence.Verdicts[5].Detail);
        Assert.Equal(["PL4003", "PL4004", "PL4005", "PL4006", "PL4016", "PL4007", "PL4008", "PL4009", "PL4010", "PL4011", "PL4012", "PL4017"], evidence.Verdicts.Select(v => v.Rule.Id));
        Assert.Equal(FineTune, evidence.FineTunedModel);
        Assert.Equal("gpt-4o-mini-2024-07-18", evidence.BaseModel);
        Assert.Equal(0.063, evidence.Improvement!.Value, 6);
        Assert.Equal(250, evidence.Training!.Examples);
        Assert.Equal(40, evidence.EvaluationData!.Examples);
        Assert.Contains("none of the 40 examples", evidence.Verdicts[1].Detail);
    }

    [Theory]
    [InlineData("rules:\n  PL4007: { minExamplesClassification: 10 }\n", "passed")]
    [InlineData("rules:\n  PL4007: { minExamplesClassification: 10 }\n  PL4017: warning\n", "failed PL4017")]
    public void A_check_that_fails_only_at_info_is_advice_and_does_not_fail_the_evidence_line(string rules, string expected)
    {
        _files["/repo/evals/general-base.json"] = Result("gpt-4o-mini-2024-07-18", 0.812, dataset: "general-suite-v1");
        _files["/repo/evals/general-fine-tune.json"] = Result(FineTune, 0.804, dataset: "general-suite-v1");
        _files["/repo/datasets/train.jsonl"] = File.ReadAllText(RepoPaths.Combine("tests", "PromptLint.Core.Tests", "FineTuning", "FactSets", "product-facts.jsonl"));
        string yaml = rules + "models:\n  \"ft:gpt-4o-mini-2024-07-18:northwind:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n"
            + "    training: datasets/train.jsonl\n    metric: accuracy\n    task: classification\n"
            + "    regression: { base: evals/general-base.json, fineTune: evals/general-fine-tune.json }\n" + BaseNotRetiring;
        ConfigParseResult parsed = ConfigParser.Parse("/repo/promptlint.yaml", yaml);
        Assert.Empty(parsed.Problems);
        FineTuneEvidence evidence = EvidenceChecker.Check(Assert.Single(parsed.Config!.Models),
            path => _files.TryGetValue(path, out string? text) ? new StringReader(text) : null, parsed.Config.SettingsFor("promptlint.yaml"));

        Assert.Equal(EvidenceOutcome.Failed, evidence.Verdicts.Single(v => v.Rule.Id == "PL4017").Outcome);
        Assert.Equal(expected, PromptLint.Ladder.EvidenceSummary.Of(evidence));
    }

    [Fact]
    public void An_evaluation_that_says_it_was_not_held_out_is_PL4004_at_the_flag()
    {
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.99, heldOut: "false");
        Finding finding = Only(Check(), "PL4004");
        Assert.Equal("/repo/evals/fine-tune.json", finding.Path);
        Assert.Equal(new LinePosition(6, 14), finding.Start());
        Assert.Contains("not held out (heldOut: false)", finding.Message);
    }

    [Fact]
    public void An_evaluation_on_the_training_file_is_PL4004()
    {
        _files["/repo/evals/baseline.json"] = Result("gpt-4o-mini-2024-07-18", 0.871, dataset: "datasets/train.jsonl");
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.99, dataset: "./datasets/train.jsonl");
        Finding finding = Only(Check(), "PL4004");
        Assert.Equal(5, finding.Start().Line);
        Assert.Contains("the evaluation ran on './datasets/train.jsonl', the training set", finding.Message);
    }

    [Fact]
    public void Evaluation_examples_that_are_in_training_are_PL4004_with_the_count()
    {
        _files["/repo/datasets/heldout.jsonl"] = Jsonl.Clean(30, from: 1000) + Jsonl.Clean(10, from: 5);
        Finding finding = Only(Check(), "PL4004");
        Assert.Contains("10 of 40 evaluation examples (25 %) also appear in the training set (first: line 31 = training line 6)", finding.Message);
    }

    [Fact]
    public void No_improvement_is_PL4005_with_the_issue_s_advice_at_the_score()
    {
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.874);
        Finding finding = Only(Check(), "PL4005");
        Assert.Equal(new LinePosition(4, 12), finding.Start());
        Assert.Equal("the fine-tune did not improve on the prompt (accuracy 0.871 → 0.874, +0.003, less than minImprovement 0.03): check data quality, data size, or whether the task is a knowledge gap", finding.Message);
    }

    [Fact]
    public void MinImprovement_and_better_lower_are_honoured()
    {
        _files["/repo/evals/baseline.json"] = Result("gpt-4o-mini-2024-07-18", 0.20, metric: "error rate");
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.12, metric: "error rate");
        FineTuneEvidence evidence = Check("    minImprovement: 0.1\n    better: lower\n");
        Assert.Contains(evidence.Findings, f => f.RuleId == "PL4003" && f.Message.Contains("declares metric: accuracy"));
        _files["/repo/evals/baseline.json"] = Result("gpt-4o-mini-2024-07-18", 0.20);
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.12);
        Finding finding = Only(Check("    minImprovement: 0.1\n    better: lower\n"), "PL4005");
        Assert.Contains("accuracy 0.2 → 0.12, +0.08, less than minImprovement 0.1", finding.Message);
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.09);
        Assert.Empty(Check("    minImprovement: 0.1\n    better: lower\n").Findings);
    }

    [Fact]
    public void Different_metrics_or_datasets_are_PL4003()
    {
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.95, metric: "f1");
        Finding metric = Only(Check(), "PL4003");
        Assert.Equal(3, metric.Start().Line);
        Assert.Contains("the evaluation reports 'f1' but promptlint.yaml declares metric: accuracy", metric.Message);

        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.95, dataset: "tickets-2026-11");
        Finding dataset = Only(Check(), "PL4003");
        Assert.Contains("the evaluation ran on 'tickets-2026-11' but the baseline on 'datasets/heldout.jsonl'", dataset.Message);
    }

    [Theory]
    [InlineData("gpt-4o", true)]
    [InlineData("gpt-4o-mini-2024-09-01", true)]
    [InlineData("gpt-4o-mini", false)]
    [InlineData("openai:chat:gpt-4o-mini-2024-07-18", false)]
    public void A_baseline_on_another_model_than_the_base_is_PL4006(string baselineModel, bool flagged)
    {
        _files["/repo/evals/baseline.json"] = Result(baselineModel, 0.871);
        FineTuneEvidence evidence = Check();
        if (flagged)
        {
            Finding finding = Only(evidence, "PL4006");
            Assert.Equal(new LinePosition(2, 12), finding.Start());
            Assert.Contains($"the baseline was measured on '{baselineModel}' but the fine-tune was trained from 'gpt-4o-mini-2024-07-18'", finding.Message);
        }
        else
        {
            Assert.Empty(evidence.Findings);
        }
    }

    [Fact]
    public void A_result_file_that_does_not_parse_is_PL0014_and_the_checks_that_need_it_are_not_run()
    {
        _files["/repo/evals/baseline.json"] = "{ \"model\": \"gpt-4o-mini\",\n  \"score\": 0.8,, }";
        FineTuneEvidence evidence = Check();
        Finding finding = Only(evidence, "PL0014");
        Assert.Equal("/repo/evals/baseline.json", finding.Path);
        Assert.Equal(new LinePosition(2, 16), finding.Start());
        Assert.Equal(EvidenceOutcome.NotChecked, evidence.Verdicts.Single(v => v.Rule.Id == "PL4005").Outcome);
        Assert.Equal(EvidenceOutcome.Passed, evidence.Verdicts.Single(v => v.Rule.Id == "PL4004").Outcome);
    }

    [Fact]
    public void Dataset_findings_come_with_the_evidence_and_missing_files_leave_checks_unrun()
    {
        _files["/repo/datasets/train.jsonl"] = Jsonl.Clean(120, from: 2000);
        _files.Remove("/repo/evals/baseline.json");
        FineTuneEvidence evidence = Check();
        Finding floor = Only(evidence, "PL4007");
        Assert.Equal("/repo/datasets/train.jsonl", floor.Path);
        EvidenceVerdict verdict = evidence.Verdicts.Single(v => v.Rule.Id == "PL4007");
        Assert.Equal(EvidenceOutcome.Failed, verdict.Outcome);
        Assert.Equal(floor.Message, verdict.Detail);
        Assert.Equal(EvidenceOutcome.NotChecked, evidence.Verdicts.Single(v => v.Rule.Id == "PL4006").Outcome);
    }

    [Fact]
    public void A_declared_dataset_that_cannot_be_opened_is_PL0010_at_its_value_in_promptlint_yaml()
    {
        _files.Remove("/repo/datasets/train.jsonl");
        FineTuneEvidence evidence = Check();
        Finding finding = Assert.Single(evidence.Findings);
        Assert.Equal("PL0010", finding.RuleId);
        Assert.Equal("/repo/promptlint.yaml", finding.Path);
        Assert.Equal(new LinePosition(5, 15), finding.Start());
        Assert.Contains("the training set 'datasets/train.jsonl' that promptlint.yaml declares", finding.Message);
        Assert.Null(evidence.Training);
    }

    [Fact]
    public void A_rule_turned_off_reports_nothing_and_its_verdict_says_so()
    {
        _files["/repo/evals/fine-tune.json"] = Result(FineTune, 0.874);
        string yaml = "rules:\n  PL4005: none\nmodels:\n  \"ft:gpt-4o-mini-2024-07-18:northwind:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n" + BaseNotRetiring;
        PromptLintConfig config = ConfigParser.Parse("/repo/promptlint.yaml", yaml).Config!;
        FineTuneEvidence evidence = EvidenceChecker.Check(config.Models[0], path => _files.TryGetValue(path, out string? text) ? new StringReader(text) : null, config.SettingsFor("promptlint.yaml"));
        Assert.Empty(evidence.Findings);
        Assert.Equal(EvidenceOutcome.NotChecked, evidence.Verdicts.Single(v => v.Rule.Id == "PL4005").Outcome);
    }

    [Fact]
    public void A_shared_baseline_is_reported_once_for_several_models()
    {
        _files["/repo/evals/baseline.json"] = "not json";
        string yaml = "models:\n  a:\n    baseline: evals/baseline.json\n  b:\n    baseline: evals/baseline.json\n";
        PromptLintConfig config = ConfigParser.Parse("/repo/promptlint.yaml", yaml).Config!;
        var all = EvidenceChecker.CheckAll(config.Models, path => _files.TryGetValue(path, out string? text) ? new StringReader(text) : null);
        Assert.Single(all.SelectMany(e => e.Findings));
    }
}
