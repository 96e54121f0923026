using PromptLint.Core.Tests.Infrastructure;
using PromptLint.FineTuning;
using PromptLint.Text;

namespace PromptLint.Core.Tests.FineTuning;

/// <summary>Each reader over a fixture shaped like the tool's documented output (see the reader's remarks for the source followed).</summary>
public sealed class EvalResultReaderTests
{
    private static EvalResult ReadFixture(string name, string? metric = null)
    {
        string path = Path.Combine(RepoPaths.TestProject, "FineTuning", "Fixtures", name);
        EvalReadResult read = EvalResultReader.Read(path, File.ReadAllText(path), metric);
        Assert.Null(read.Problem);
        return read.Result!;
    }

    private static LinePosition At(EvalResult result, TextSpan span) => result.Source.GetLinePosition(span.Start);

    [Fact]
    public void PromptLint_json_gives_every_field_at_its_line()
    {
        EvalResult r = ReadFixture("promptlint-eval.json");
        Assert.Equal(EvalResultFormat.PromptLint, r.Format);
        Assert.Equal("ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6", r.Model!.Value.Value);
        Assert.Equal("accuracy", r.Metric!.Value.Value);
        Assert.Equal(0.934, r.Score!.Value.Value);
        Assert.Equal("datasets/heldout.jsonl", r.Dataset!.Value.Value);
        Assert.True(r.HeldOut!.Value.Value);
        Assert.Equal(400, r.Samples);
        Assert.Equal(new LinePosition(5, 12), At(r, r.Score.Value.Span));
        Assert.Equal(7, At(r, r.HeldOut.Value.Span).Line);
    }

    [Fact]
    public void ScenarioRunResult_picks_the_declared_metric_and_the_model_under_test_not_the_judge()
    {
        EvalResult r = ReadFixture("scenario-run-result.json", metric: "exact match");
        Assert.Equal(EvalResultFormat.ScenarioRunResult, r.Format);
        Assert.Equal("Exact Match", r.Metric!.Value.Value);
        Assert.Equal(0.87, r.Score!.Value.Value);
        Assert.Equal("gpt-4o-mini-2024-07-18", r.Model!.Value.Value); // modelResponse.modelId, not chatDetails' gpt-4o judge
        Assert.Equal("datasets/heldout.jsonl", r.Dataset!.Value.Value);
        Assert.True(r.HeldOut!.Value.Value);
    }

    [Fact]
    public void ScenarioRunResult_with_several_metrics_and_none_declared_says_which_to_name()
    {
        EvalResult r = ReadFixture("scenario-run-result.json");
        Assert.Null(r.Score);
        Assert.Contains("2 metrics (Exact Match, Coherence)", r.ScoreNote);
    }

    [Fact]
    public void Aieval_report_scores_the_mean_over_its_runs_with_booleans_as_one_and_zero()
    {
        EvalResult r = ReadFixture("aieval-report.json");
        Assert.Equal(EvalResultFormat.AIEvalReport, r.Format);
        Assert.Equal(0.5, r.Score!.Value.Value);
        Assert.Equal(2, r.Samples);
        Assert.Equal("gpt-4o-mini-2024-07-18", r.Model!.Value.Value);
    }

    [Fact]
    public void Promptfoo_v3_pass_rate_counts_errors_as_not_passed()
    {
        EvalResult r = ReadFixture("promptfoo-v3.json");
        Assert.Equal(EvalResultFormat.Promptfoo, r.Format);
        Assert.Equal(45.0 / 50, r.Score!.Value.Value, 6);
        Assert.Equal("pass rate", r.Metric!.Value.Value);
        Assert.Equal("openai:chat:ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6", r.Model!.Value.Value);
        Assert.Equal("datasets/heldout.csv", r.Dataset!.Value.Value);
        Assert.Null(r.HeldOut);
    }

    [Fact]
    public void Promptfoo_v2_without_errors_or_wrapper_is_read_too()
    {
        EvalResult r = ReadFixture("promptfoo-v2.json");
        Assert.Equal(0.75, r.Score!.Value.Value);
        Assert.Equal("openai:gpt-4o-mini", r.Model!.Value.Value);
    }

    [Theory]
    [InlineData("{\"model\": \"m\", \"metric\": \"accuracy\", \"score\": }", 1, 47, "not valid JSON")]
    [InlineData("[1, 2]", 1, 1, "must be a JSON object")]
    [InlineData("{\"model\": \"m\",\n \"metric\": \"accuracy\",\n \"score\": \"high\"}", 3, 11, "'score' must be a number")]
    [InlineData("{\"metric\": \"accuracy\", \"score\": 0.9}", 1, 1, "'model' must be a non-empty string")]
    [InlineData("{\"model\": \"m\", \"metric\": \"a\", \"score\": 1, \"heldOut\": \"yes\"}", 1, 54, "'heldOut' must be true or false")]
    [InlineData("{\"accuracy\": 0.9}", 1, 1, "not an eval result PromptLint knows")]
    [InlineData("{\"results\": {\"stats\": {\"successes\": \"many\"}}}", 1, 23, "must have numeric 'successes'")]
    public void Unreadable_results_are_located_problems(string text, int line, int column, string message)
    {
        EvalReadResult read = EvalResultReader.Read("evals/x.json", text);
        Assert.Null(read.Result);
        Assert.Contains(message, read.Problem);
        Assert.Equal(new LinePosition(line, column), read.Source.GetLinePosition(read.ProblemSpan.Start));
    }
}
