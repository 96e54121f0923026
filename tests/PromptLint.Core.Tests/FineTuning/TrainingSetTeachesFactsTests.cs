using PromptLint.Analysis;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Json;
using PromptLint.Linting;
using PromptLint.Settings;
using Xunit.Abstractions;

namespace PromptLint.Core.Tests.FineTuning;

/// <summary>
/// PL4017 on the ten hand-written sets in <c>FactSets/</c> (three that teach facts, six that transform their input, one
/// support set whose answers mix both, labeled per line in <c>*.labels.tsv</c>); docs/accuracy.md has the figures.
/// </summary>
public sealed class TrainingSetTeachesFactsTests(ITestOutputHelper output)
{
    private static readonly string Folder = RepoPaths.Combine("tests", "PromptLint.Core.Tests", "FineTuning", "FactSets");

    private static DatasetReport LintSet(string name) =>
        DatasetLinter.Lint($"datasets/{name}.jsonl", new StringReader(File.ReadAllText(Path.Combine(Folder, name + ".jsonl"))),
            LintSettings.Default, DatasetRole.Training, FineTuneTask.Generation);

    [Theory]
    [InlineData("product-facts", "'$329.00' on this line")]
    [InlineData("hr-policy", "'25' on this line")]
    [InlineData("mobile-plans", "'£12' on this line")]
    public void A_set_whose_answers_state_facts_is_flagged_at_its_first_fact_answer(string set, string value)
    {
        Finding finding = Assert.Single(LintSet(set).Findings.Of("PL4017"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains(value, finding.Message);
        Assert.Equal(1, finding.Start().Line);
    }

    [Theory]
    [InlineData("ticket-summaries")]
    [InlineData("invoice-extraction")]
    [InlineData("polite-rewrite")]
    [InlineData("ticket-labels")]
    [InlineData("ui-translation")]
    [InlineData("text-to-sql")]
    [InlineData("support-replies")]
    public void Sets_that_transform_their_input_or_teach_behaviour_are_clean(string set) => Assert.Empty(LintSet(set).Findings.Of("PL4017"));

    [Theory]
    [InlineData("bistro-assistant", 1)]
    [InlineData("email-subjects", 0)]
    [InlineData("code-helper", 0)]
    public void Held_out_sets_get_the_finding_they_got_when_measured(string set, int findings) =>
        Assert.Equal(findings, LintSet(Path.Combine("heldout", set)).Findings.Of("PL4017").Count);

    [Fact]
    public void A_lower_threshold_is_an_option()
    {
        LintSettings settings = LintSettings.Default.WithOption("PL4017", "minFactPercent", 30);
        DatasetReport report = DatasetLinter.Lint("datasets/support-replies.jsonl", new StringReader(File.ReadAllText(Path.Combine(Folder, "support-replies.jsonl"))),
            settings, DatasetRole.Training, FineTuneTask.Generation);
        Assert.Contains("% of the assistant answers (", Assert.Single(report.Findings.Of("PL4017")).Message);
    }

    [Fact]
    public void Fewer_than_twenty_answers_say_nothing()
    {
        string twelve = string.Join("\n", File.ReadLines(Path.Combine(Folder, "product-facts.jsonl")).Take(12)) + "\n";
        Assert.Empty(DatasetLinter.Lint("t.jsonl", new StringReader(twelve), LintSettings.Default, DatasetRole.Training, FineTuneTask.Generation).Findings.Of("PL4017"));
    }

    [Theory]
    [InlineData("How heavy is the Ridgeline tent?", "It weighs 2.1 kg packed.", "FactLookup")]
    [InlineData("Invoice INV-2025-1042, total 1,299.00 EUR", "{\"invoice_number\": \"INV-2025-1042\", \"total\": \"1299.00\"}", "Transformation")]
    [InlineData("Translate: Returns are free within 30 days.", "Rücksendungen sind innerhalb von 30 Tagen kostenlos.", "Other")]
    [InlineData("My tent pole snapped!", "I'm so sorry. Please send a photo and we'll ship a replacement.", "Other")]
    [InlineData("What's the part number?", "Use part A7X-220.", "FactLookup")]
    [InlineData("When does enrollment close?", "It closes on 15 November.", "FactLookup")]
    public void One_answer_is_judged_by_where_its_values_and_words_come_from(string input, string answer, string expected) =>
        Assert.Equal(expected, AnswerProvenance.Judge(input, answer).Source.ToString());

    /// <summary>Per-answer precision and recall of the fact judgement on the design sets, against the hand labels.</summary>
    [Fact]
    public void Per_answer_judgements_on_the_design_sets_match_the_hand_labels()
    {
        (int tp, int fp, int fn) = Judge(Folder);
        Assert.True(tp >= 0.90 * (tp + fp), $"precision {tp}/{tp + fp}");
        Assert.True(tp >= 0.80 * (tp + fn), $"recall {tp}/{tp + fn}");
    }

    /// <summary>
    /// The held-out sets, written after the detector was frozen and run once (docs/accuracy.md): the floors sit at the
    /// measured values, so a change that loses precision or recall there fails.
    /// </summary>
    [Fact]
    public void Per_answer_judgements_on_the_held_out_sets_stay_at_their_measured_values()
    {
        (int tp, int fp, int fn) = Judge(Path.Combine(Folder, "heldout"));
        Assert.True(tp >= 24 && fp <= 6 && fn <= 11, $"tp={tp} fp={fp} fn={fn}; measured once: tp=24 fp=6 fn=11");
    }

    /// <summary>Judges every answer of the folder's sets against their labels; prints per-set counts and mismatches.</summary>
    private (int Tp, int Fp, int Fn) Judge(string folder)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (string file in Directory.GetFiles(folder, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            string[] labels = File.ReadAllLines(Path.ChangeExtension(file, null) + ".labels.tsv").Skip(1).Select(l => l.Split('\t')[1]).ToArray();
            string[] lines = File.ReadAllLines(file);
            Assert.Equal(labels.Length, lines.Length);
            int facts = 0, judgedFacts = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                DatasetExample example = DatasetExample.From(JsonParser.Parse(lines[i]), i + 1, false, out _)!;
                bool judged = AnswerProvenance.Judge((example.System ?? "") + "\n" + example.Input, example.FinalOutput!).Source == AnswerSource.FactLookup;
                bool labeled = labels[i] == "yes";
                (facts, judgedFacts) = (facts + (labeled ? 1 : 0), judgedFacts + (judged ? 1 : 0));
                (tp, fp, fn, tn) = (tp + (judged && labeled ? 1 : 0), fp + (judged && !labeled ? 1 : 0), fn + (!judged && labeled ? 1 : 0), tn + (!judged && !labeled ? 1 : 0));
                if (judged != labeled)
                {
                    output.WriteLine($"  line {i + 1} judged {(judged ? "a fact" : "not a fact")}, labeled {labels[i]}: {example.FinalOutput}");
                }
            }

            output.WriteLine($"{Path.GetFileNameWithoutExtension(file)}: {lines.Length} answers, {facts} labeled facts, {judgedFacts} judged facts");
        }

        output.WriteLine($"all: tp={tp} fp={fp} fn={fn} tn={tn}");
        return (tp, fp, fn);
    }
}
