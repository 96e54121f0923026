using Xunit.Abstractions;

namespace PromptLint.Core.Tests.Accuracy;

/// <summary>
/// Precision and recall of PL1001 (no output format) and PL2001 (no examples) on the labeled corpus.
/// The held-out split was never used to tune the detectors; the targets (precision ≥ 0.90, recall ≥ 0.85)
/// are asserted there. docs/accuracy.md reports the numbers these tests print.
/// </summary>
public sealed class DetectionAccuracyTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.90;
    private const double MinRecall = 0.85;

    [Theory]
    [InlineData("heldout")]
    [InlineData("tuning")]
    public void Pl1001_flags_prompts_without_an_output_format(string split)
    {
        DetectionScore score = LabeledCorpus.Score(LabeledCorpus.Load(split), "PL1001", p => !p.HasFormat);
        Report("PL1001", split, score);
        Assert.True(score.Precision >= MinPrecision && score.Recall >= MinRecall, $"PL1001 on {split}: {score}");
    }

    [Theory]
    [InlineData("heldout")]
    [InlineData("tuning")]
    public void Pl2001_flags_prompts_without_examples(string split)
    {
        DetectionScore score = LabeledCorpus.Score(LabeledCorpus.Load(split), "PL2001", p => !p.HasExamples);
        Report("PL2001", split, score);
        Assert.True(score.Precision >= MinPrecision && score.Recall >= MinRecall, $"PL2001 on {split}: {score}");
    }

    private void Report(string rule, string split, DetectionScore score)
    {
        output.WriteLine($"{rule} {split}: {score}");
        if (split == "tuning")
        {
            // Only the tuning split's mistakes are shown; the held-out split is measured, never inspected.
            foreach (string mistake in score.Mistakes)
            {
                output.WriteLine("  " + mistake);
            }
        }
    }
}
