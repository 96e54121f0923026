using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Hosting;
using PromptLint.Pipeline;
using Xunit.Abstractions;

namespace PromptLint.Core.Tests.Accuracy;

/// <summary>
/// PL1001, PL2001 and PL1003 on the shared corpus of real prompts (<c>../shared/corpus</c>, labeled by two independent
/// labelers), run through the same pipeline as <c>promptlint lint &lt;folder&gt;</c>. The corpus texts are not in this
/// repository; when the folder is absent the test says so and passes. Floors sit a little under the values measured on
/// 2026-12-01 (docs/accuracy.md): even ids tuned the detectors, odd ids only checked them.
/// </summary>
public sealed class SharedCorpusAccuracyTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus"));

    [Theory]
    [InlineData("PL1001", "format_spec", 0.88, 0.92)]
    [InlineData("PL2001", "few_shot", 0.95, 0.95)]
    [InlineData("PL1003", "role", 0.95, 0.95)]
    public void Rule_reaches_its_floor_on_real_prompts(string rule, string label, double minPrecision, double minRecall)
    {
        if (!File.Exists(Path.Combine(Corpus, "labels.tsv")))
        {
            output.WriteLine($"skipped: {Corpus} is not here");
            return;
        }

        var labels = Labels();
        Dictionary<string, HashSet<string>> fired = Fired();
        foreach (string split in new[] { "tuning (even ids)", "check (odd ids)", "whole" })
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (id, row) in labels)
            {
                int number = int.Parse(id.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
                if (row["is_prompt"] != "Y" || (split.StartsWith("tuning", StringComparison.Ordinal) && number % 2 != 0) || (split.StartsWith("check", StringComparison.Ordinal) && number % 2 == 0))
                {
                    continue;
                }

                bool missing = row[label] == "N";
                bool hit = fired.TryGetValue(id, out var rules) && rules.Contains(rule);
                tp += hit && missing ? 1 : 0;
                fp += hit && !missing ? 1 : 0;
                fn += !hit && missing ? 1 : 0;
            }

            double precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            output.WriteLine($"{rule} {split}: precision {precision:F3} ({tp}/{tp + fp}), recall {recall:F3} ({tp}/{tp + fn})");
            if (split == "whole")
            {
                Assert.True(precision >= minPrecision && recall >= minRecall, $"{rule}: precision {precision:F3}, recall {recall:F3}");
            }
        }
    }

    [Fact]
    public void Templates_that_are_not_prompts_get_no_findings()
    {
        if (!File.Exists(Path.Combine(Corpus, "labels.tsv")))
        {
            output.WriteLine($"skipped: {Corpus} is not here");
            return;
        }

        Dictionary<string, HashSet<string>> fired = Fired();
        var noisy = Labels().Where(l => l.Row["is_prompt"] == "N" && fired.TryGetValue(l.Id, out var r) && r.Any(x => x != "PL0015")).Select(l => l.Id).ToList();
        Assert.True(noisy.Count <= 2, "non-prompts with findings: " + string.Join(" ", noisy));
    }

    private static List<(string Id, Dictionary<string, string> Row)> Labels()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Corpus, "labels.tsv"));
        string[] header = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            string[] cols = l.Split('\t');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cols.Length ? cols[i] : string.Empty;
            }

            return (cols[0], row);
        }).ToList();
    }

    /// <summary>Which rules fired on each item folder, linting every file as a walk over the folder would.</summary>
    private static Dictionary<string, HashSet<string>> Fired()
    {
        var pipeline = new PromptFilePipeline(new ConfigCascade(new DiskConfigSource()), new DiskFileHost());
        var fired = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string items = Path.Combine(Corpus, "items");
        foreach (string file in Directory.EnumerateFiles(items, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string id = Path.GetRelativePath(items, file).Split(Path.DirectorySeparatorChar)[0];
            FileOutcome outcome = pipeline.Lint(new CandidateFile(file, isExplicit: false));
            foreach (var finding in outcome.Findings)
            {
                if (!fired.TryGetValue(id, out var rules))
                {
                    fired[id] = rules = new HashSet<string>(StringComparer.Ordinal);
                }

                rules.Add(finding.Rule.Id);
            }
        }

        return fired;
    }
}
