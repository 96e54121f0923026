using System.Text;
using PromptLint.Baselines;
using PromptLint.Diagnostics;

namespace PromptLint.Core.Tests.Baselines;

public sealed class BaselineReaderTests
{
    [Fact]
    public void A_baseline_larger_than_a_prompt_file_may_be_is_read_whole()
    {
        // 60,000 entries are 240,000 JSON values: more than a prompt input may hold, well within a large repository's baseline.
        var json = new StringBuilder("{\"version\": 1, \"entries\": [");
        for (int i = 0; i < 60_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"ruleId\": \"PL1001\", \"path\": \"p").Append(i).Append(".prompty\", \"fingerprint\": \"f\"}");
        }

        BaselineEntries? entries = BaselineReader.Read("promptlint.baseline.json", json.Append("]}").ToString(), out Finding? problem);

        Assert.Null(problem);
        Assert.Equal(60_000, entries!.Entries.Count);
    }

    [Theory]
    [InlineData("{\n  \"version\": 2,\n<<<<<<< HEAD\n", 3, 1)]
    [InlineData("{\"entries\": 3}", 1, 1)]
    [InlineData("{\"entries\": [\n  {\"ruleId\": \"PL1001\"}\n]}", 2, 3)]
    [InlineData("{\"entries\": [],\n \"fingerprintKey\": \"c2hvcnQ=\"}", 2, 20)]
    public void Content_that_is_not_a_baseline_is_a_PL0001_warning_at_the_problem_that_quotes_nothing(string text, int line, int column)
    {
        BaselineEntries? entries = BaselineReader.Read("promptlint.baseline.json", text, out Finding? problem);

        Assert.Null(entries);
        Assert.Equal(("PL0001", Severity.Warning, line, column), (problem!.RuleId, problem.Severity, problem.Position.Start.Line, problem.Position.Start.Column));
        Assert.DoesNotContain("<<<", problem.Message);
        Assert.DoesNotContain("c2hvcnQ", problem.Message);
    }
}
