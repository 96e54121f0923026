using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Readers;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Accuracy;

/// <summary>One labeled prompt: whether its instructions specify an output format and whether it has examples.</summary>
internal sealed record LabeledPrompt(string Path, bool HasFormat, bool HasExamples, string Note);

/// <summary>Precision and recall of a rule firing, where "positive" means the rule should fire.</summary>
internal sealed record DetectionScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<string> Mistakes)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public override string ToString() =>
        $"precision {Precision:F3} ({TruePositives}/{TruePositives + FalsePositives}), recall {Recall:F3} ({TruePositives}/{TruePositives + FalseNegatives}), n={TruePositives + FalsePositives + FalseNegatives + TrueNegatives}";
}

/// <summary>The labeled corpus under tests/PromptLint.Core.Tests/Corpus/{tuning,heldout} (labels.tsv per split).</summary>
internal static class LabeledCorpus
{
    public static IReadOnlyList<LabeledPrompt> Load(string split)
    {
        string folder = Path.Combine(RepoPaths.TestProject, "Corpus", split);
        return File.ReadAllLines(Path.Combine(folder, "labels.tsv"))
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cols => new LabeledPrompt(Path.Combine(folder, cols[0]), Yes(cols[1]), Yes(cols[2]), cols.Length > 3 ? cols[3] : ""))
            .ToList();
    }

    /// <summary>Scores a rule against a label: the rule should fire exactly when <paramref name="shouldFire"/> says so.</summary>
    public static DetectionScore Score(IReadOnlyList<LabeledPrompt> prompts, string ruleId, Func<LabeledPrompt, bool> shouldFire)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var mistakes = new List<string>();
        foreach (LabeledPrompt prompt in prompts)
        {
            bool fired = Lint(prompt.Path).Any(f => f.RuleId == ruleId);
            bool expected = shouldFire(prompt);
            switch ((fired, expected))
            {
                case (true, true): tp++; break;
                case (true, false): fp++; mistakes.Add("false positive: " + Relative(prompt.Path) + " — " + prompt.Note); break;
                case (false, true): fn++; mistakes.Add("false negative: " + Relative(prompt.Path) + " — " + prompt.Note); break;
                default: tn++; break;
            }
        }

        return new DetectionScore(tp, fp, fn, tn, mistakes);
    }

    public static IReadOnlyList<Finding> Lint(string path)
    {
        Dictionary<string, string>? companions = null;
        string config = Path.Combine(Path.GetDirectoryName(path)!, PromptFormats.SemanticKernelConfig);
        if (Path.GetFileName(path) == "skprompt.txt" && File.Exists(config))
        {
            companions = new() { [PromptFormats.SemanticKernelConfig] = File.ReadAllText(config) };
        }

        return Linter.Lint(path, File.ReadAllBytes(path), LintSettings.Default, companions).Findings;
    }

    private static string Relative(string path) => Path.GetRelativePath(Path.Combine(RepoPaths.TestProject, "Corpus"), path);

    private static bool Yes(string value) => value.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase);
}
