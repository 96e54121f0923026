using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.Configuration;

/// <summary>The evidence keys under models: (issue #11), and that the older two-key entries still read the same.</summary>
public sealed class ModelEvidenceConfigTests
{
    [Fact]
    public void Every_evidence_key_is_read()
    {
        ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", """
            models:
              "ft:gpt-4o-mini-2024-07-18:northwind:triage:*":
                baseline: evals/baseline.json
                evaluation: evals/fine-tune.json
                training: datasets/train.jsonl
                validation: datasets/validation.jsonl
                metric: accuracy
                task: extraction
                minImprovement: 0.05
                better: lower
            """);
        Assert.Empty(result.Problems);
        ModelBaseline model = Assert.Single(result.Config!.Models);
        Assert.Equal("/repo/datasets/train.jsonl", model.Resolve(model.Training));
        Assert.Equal("datasets/validation.jsonl", model.Validation);
        Assert.Equal("accuracy", model.Metric);
        Assert.Equal(FineTuneTask.Extraction, model.Task);
        Assert.Equal(0.05, model.MinImprovement);
        Assert.False(model.HigherIsBetter);
        Assert.Equal(new LinePosition(5, 15), new SourceText("p", ConfigText()).GetLinePosition(model.SpanOf("training").Start));
    }

    private static string ConfigText() => "models:\n  \"ft:gpt-4o-mini-2024-07-18:northwind:triage:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n    training: datasets/train.jsonl\n";

    [Fact]
    public void The_two_key_form_keeps_working_with_the_defaults()
    {
        ConfigParseResult result = ConfigParser.Parse("promptlint.yaml", "models:\n  m:\n    baseline: b.json\n    evaluation: e.json\n  alias: {}\n");
        Assert.Empty(result.Problems);
        ModelBaseline model = result.Config!.Models[0];
        Assert.Equal(("b.json", "e.json"), (model.Baseline, model.Evaluation));
        Assert.Equal(FineTuneTask.Unspecified, model.Task);
        Assert.Equal(ModelBaseline.DefaultMinImprovement, model.MinImprovement);
        Assert.True(model.HigherIsBetter);
        Assert.Null(model.Metric);
        Assert.Equal(2, result.Config.Models.Count);
    }

    [Theory]
    [InlineData("    task: regression\n", 3, 11, "must be classification, extraction or generation, not 'regression'")]
    [InlineData("    minImprovement: lots\n", 3, 21, "must be a number ≥ 0 in the metric's units (e.g. 0.03), not 'lots'")]
    [InlineData("    minImprovement: -1\n", 3, 21, "not '-1'")]
    [InlineData("    better: more\n", 3, 13, "must be higher or lower")]
    [InlineData("    training: [a.jsonl]\n", 3, 15, "must be a file path, not a list")]
    public void Bad_values_are_PL0001_at_their_position(string line, int row, int column, string message)
    {
        ConfigParseResult result = ConfigParser.Parse("promptlint.yaml", "models:\n  m:\n" + line);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("PL0001", problem.RuleId);
        Assert.Equal(new LinePosition(row, column), problem.Start());
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void An_unknown_key_is_PL0002_listing_the_keys()
    {
        var problem = Assert.Single(ConfigParser.Parse("promptlint.yaml", "models:\n  m:\n    trainingSet: a.jsonl\n").Problems);
        Assert.Equal("PL0002", problem.RuleId);
        Assert.Equal(new LinePosition(3, 5), problem.Start());
        Assert.Contains("use baseline, evaluation, training, validation, metric, task, minImprovement, better", problem.Message);
    }
}
