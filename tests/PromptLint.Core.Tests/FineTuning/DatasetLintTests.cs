using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Core.Tests.FineTuning;

public sealed class DatasetLintTests
{
    private static DatasetReport Lint(string text, DatasetRole role = DatasetRole.Training, FineTuneTask task = FineTuneTask.Classification, DatasetReport? training = null) =>
        DatasetLinter.Lint("datasets/train.jsonl", new StringReader(text), LintSettings.Default, role, task, training);

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void A_clean_set_above_the_floor_has_no_findings()
    {
        DatasetReport report = Lint(Jsonl.Clean(250));
        Assert.Empty(report.Findings);
        Assert.Equal(250, report.Examples);
        Assert.Equal(1, report.SystemPromptVariants);
    }

    [Fact]
    public void A_malformed_line_is_PL0014_at_its_line_and_column_and_the_rest_is_still_read()
    {
        string text = Jsonl.Clean(2) + "{\"messages\": [}\n" + "\n" + "[1]\n" + Jsonl.Clean(250, from: 2);
        DatasetReport report = Lint(text);
        var problems = report.Findings.Of("PL0014");
        Assert.Equal(2, problems.Count);
        Assert.Equal(new LinePosition(3, 15), problems[0].Start());
        Assert.Contains("line 3 is not valid JSON", problems[0].Message);
        Assert.Equal(5, problems[1].Start().Line);
        Assert.Contains("must be a JSON object", problems[1].Message);
        Assert.Equal(252, report.Examples);
        Assert.Equal(2, report.MalformedLines);
    }

    [Fact]
    public void A_line_with_an_unknown_shape_says_which_shapes_are_known()
    {
        DatasetReport report = Lint(Jsonl.Clean(250) + "  {\"text\": \"hello\"}\n");
        Finding problem = Assert.Single(report.Findings.Of("PL0014"));
        Assert.Equal(new LinePosition(251, 3), problem.Start());
        Assert.Contains("neither {\"messages\": […]} nor {\"prompt\"", problem.Message);
    }

    [Theory]
    [InlineData(FineTuneTask.Classification, 120, "the training set has 120 examples, fewer than the 200 a classification fine-tune needs")]
    [InlineData(FineTuneTask.Generation, 300, "the training set has 300 examples, fewer than the 500 a generation fine-tune needs")]
    [InlineData(FineTuneTask.Unspecified, 300, "fewer than the 500 a generation (the default task kind; declare task: classification")]
    public void Fewer_examples_than_the_floor_for_the_task_is_PL4007(FineTuneTask task, int count, string message)
    {
        Finding finding = Assert.Single(Lint(Jsonl.Clean(count), task: task).Findings.Of("PL4007"));
        Assert.Contains(message, finding.Message);
        Assert.Equal(new LinePosition(1, 1), finding.Start());
    }

    [Fact]
    public void The_floor_is_an_option_and_validation_sets_have_none()
    {
        LintSettings settings = LintSettings.Default.WithOption("PL4007", "minExamplesClassification", 100);
        Assert.Empty(DatasetLinter.Lint("t.jsonl", new StringReader(Jsonl.Clean(120)), settings, DatasetRole.Training, FineTuneTask.Classification).Findings);
        Assert.Empty(Lint(Jsonl.Clean(20), DatasetRole.Validation).Findings);
    }

    [Fact]
    public void An_80_20_format_mix_is_PL4008_with_the_shares_at_the_first_minority_output()
    {
        var lines = Enumerable.Range(0, 250).Select(i => Jsonl.Chat(Jsonl.Ticket(i), i % 5 == 3 ? $"This is about topic {i}, handled by billing." : Jsonl.Json(i))).ToArray();
        Finding finding = Assert.Single(Lint(Lines(lines)).Findings.Of("PL4008"));
        Assert.Contains("assistant outputs are 80 % JSON, 20 % prose", finding.Message);
        Assert.Equal(4, finding.Start().Line);
    }

    [Fact]
    public void Prose_with_some_lists_in_generation_data_is_ordinary_variety()
    {
        var lines = Enumerable.Range(0, 600).Select(i => Jsonl.Chat(Jsonl.Ticket(i), i % 4 == 0 ? $"- step {i}\n- step {i + 1}" : $"Thanks for writing about topic {i}; here is what to do next.")).ToArray();
        Assert.Empty(Lint(Lines(lines), task: FineTuneTask.Generation).Findings.Of("PL4008"));
    }

    [Fact]
    public void Exact_duplicates_after_normalizing_case_and_whitespace_are_PL4009()
    {
        string text = Jsonl.Clean(250) + Jsonl.Chat("TICKET 3   about topic 8", Jsonl.Json(3)) + "\n";
        Finding finding = Assert.Single(Lint(text).Findings.Of("PL4009"));
        Assert.Equal(251, finding.Start().Line);
        Assert.Contains("line 251 repeats the example on line 4", finding.Message);
    }

    [Fact]
    public void Near_duplicates_are_PL4009_and_different_long_examples_are_not()
    {
        const string story = "My order from last Tuesday still has not arrived and the tracking page shows no update since Friday; I paid for express delivery because the tent is for a trip that starts on Saturday, so please tell me where the parcel is and whether it will come in time";
        const string long1 = story + " morning";
        const string long2 = story + " evening";
        const string other = "Please change the delivery address on my account to the new office in Leeds before the next shipment";
        string text = Jsonl.Clean(250) + Lines(Jsonl.Chat(long1, Jsonl.Json(1)), Jsonl.Chat(other, Jsonl.Json(1)), Jsonl.Chat(long2, Jsonl.Json(1)));
        Finding finding = Assert.Single(Lint(text).Findings.Of("PL4009"));
        Assert.Equal(253, finding.Start().Line);
        Assert.Contains("line 253 is a near-duplicate of line 251", finding.Message);
    }

    [Fact]
    public void A_different_system_prompt_is_PL4010_at_the_first_example_that_departs()
    {
        string text = Jsonl.Clean(100) + Jsonl.Chat("Ticket x", "{}", "You are a helpful assistant.") + "\n" + Jsonl.Chat("Ticket y", "{}", null) + "\n" + Jsonl.Clean(150, from: 100);
        Finding finding = Assert.Single(Lint(text).Findings.Of("PL4010"));
        Assert.Equal(101, finding.Start().Line);
        Assert.Contains("line 101 has a different system prompt than the one 99 % of examples use (line 1; 3 variants in all)", finding.Message);
    }

    [Fact]
    public void Examples_without_an_assistant_turn_are_PL4011_and_only_ten_are_listed()
    {
        string text = Jsonl.Clean(250) + string.Concat(Enumerable.Range(0, 15).Select(i => Jsonl.Chat("Question " + i, null) + "\n"))
            + "{\"prompt\": \"Where is my order?\", \"completion\": \"  \"}\n";
        var findings = Lint(text).Findings.Of("PL4011");
        Assert.Equal(10, findings.Count);
        Assert.Equal(251, findings[0].Start().Line);
        Assert.Contains("line 251 has no assistant message", findings[0].Message);
        Assert.EndsWith("(6 more like this in the file are not listed)", findings[^1].Message);
    }

    [Fact]
    public void Prompt_completion_pairs_are_read_and_an_empty_completion_is_PL4011()
    {
        DatasetReport report = Lint(Lines("{\"prompt\": \"Where is my order?\", \"completion\": \"\"}", "{\"prompt\": \"Refund?\", \"completion\": \"billing\"}"), DatasetRole.Validation);
        Finding finding = Assert.Single(report.Findings);
        Assert.Equal("PL4011", finding.RuleId);
        Assert.Contains("line 1 has an empty completion", finding.Message);
        Assert.Equal(2, report.Examples);
    }

    [Fact]
    public void Validation_examples_that_are_in_training_are_PL4012_naming_the_training_line()
    {
        DatasetReport training = Lint(Jsonl.Clean(250));
        string validation = Lines(Jsonl.Chat("A new ticket", Jsonl.Json(0)), Jsonl.Chat(Jsonl.Ticket(42), "{\"category\":\"other\"}"));
        DatasetReport report = DatasetLinter.Lint("datasets/validation.jsonl", new StringReader(validation), LintSettings.Default, DatasetRole.Validation, FineTuneTask.Classification, training);
        Finding finding = Assert.Single(report.Findings);
        Assert.Equal("PL4012", finding.RuleId);
        Assert.Equal(2, finding.Start().Line);
        Assert.Contains("line 2 also appears in the training set (train.jsonl line 43)", finding.Message);
    }

    [Fact]
    public void Content_parts_preference_lines_and_crlf_are_read()
    {
        string text = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"{}\"}]}]}\r\n"
            + "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]},\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"{}\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"hey\"}]}\r\n";
        DatasetReport report = Lint(text, DatasetRole.Validation);
        Assert.Empty(report.Findings);
        Assert.Equal(2, report.Examples);
    }

    [Fact]
    public void A_stream_with_a_huge_line_and_no_newline_at_the_end_does_not_throw()
    {
        string huge = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', 5 * 1024 * 1024) + "\"}]}";
        DatasetReport report = Lint(Jsonl.Clean(1) + huge, DatasetRole.Validation);
        Finding finding = Assert.Single(report.Findings);
        Assert.Equal("PL0014", finding.RuleId);
        Assert.Contains("longer than 4 Mi characters", finding.Message);
    }

    [Fact]
    public void Hostile_lines_never_throw_and_each_is_answered()
    {
        var random = new Random(11);
        string[] pieces = ["{", "}", "[", "]", "\"messages\"", ":", ",", "\"role\"", "\"assistant\"", "\"content\"", "null", "1e999", "\"\\u12\"", "\u0000", "\"", "true", "{\"prompt\":", "\uD800"];
        var lines = Enumerable.Range(0, 2000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(__ => pieces[random.Next(pieces.Length)]))).ToList();
        lines.Add(new string('[', 100_000) + new string(']', 100_000));
        lines.Add("{\"messages\": " + string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000) + "}");
        DatasetReport report = Lint(string.Join("\n", lines));
        Assert.Equal(lines.Count(l => l.Trim().Length > 0), report.Examples + report.MalformedLines);
    }

    [Fact]
    public void Eval_result_reader_never_throws_on_hostile_text()
    {
        var random = new Random(7);
        string[] pieces = ["{", "}", "[", "]", "\"score\"", "\"metric\"", "\"stats\"", "\"results\"", "\"evaluationResult\"", "\"metrics\"", ":", ",", "1", "\"x\"", "null", "-0.5e3"];
        for (int i = 0; i < 3000; i++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            PromptLint.FineTuning.EvalReadResult read = PromptLint.FineTuning.EvalResultReader.Read("x.json", text);
            Assert.True(read.Result is not null || read.Problem is not null);
        }
    }
}
