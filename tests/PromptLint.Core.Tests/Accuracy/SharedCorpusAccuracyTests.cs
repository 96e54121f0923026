using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Hosting;
using PromptLint.Pipeline;
using Xunit.Abstractions;

namespace PromptLint.Core.Tests.Accuracy;

/// <summary>
/// PL1001, PL2001 and PL1003 on the shared corpus of real prompts, run through the same pipeline as
/// <c>promptlint lint &lt;folder&gt; --severity PL1002=none</c> (PL1002 off, so every rule judges every prompt and the
/// detectors are measured, not the thin-prompt policy). The split is by source (docs/accuracy.md): the check sources
/// were never read while tuning, and only their totals are printed. Floors sit a little under the figures of the
/// final commit of issue 16.
/// </summary>
public sealed class SharedCorpusAccuracyTests(ITestOutputHelper output)
{
    [SharedCorpusTheory]
    [InlineData("PL1001", "format_spec", 0.88, 0.95, 0.86, 0.86)]
    [InlineData("PL2001", "few_shot", 0.95, 0.95, 0.95, 0.88)]
    [InlineData("PL1003", "role", 0.96, 0.95, 0.89, 0.95)]
    public void Rule_reaches_its_floor_on_real_prompts(string rule, string label, double wholePrecision, double wholeRecall, double checkPrecision, double checkRecall)
    {
        if (!SharedCorpus.IsPresent(output))
        {
            return;
        }

        var labels = SharedCorpus.Labels();
        var sources = SharedCorpus.Sources();
        Dictionary<string, HashSet<string>> fired = Fired();
        foreach (string half in new[] { "tuning sources", "check sources", "whole" })
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (id, row) in labels)
            {
                bool check = SharedCorpus.CheckSources.Contains(sources[id]);
                if (row["is_prompt"] != "Y" || (half == "tuning sources" && check) || (half == "check sources" && !check))
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
            output.WriteLine($"{rule} {half}: precision {precision:F3} ({tp}/{tp + fp}), recall {recall:F3} ({tp}/{tp + fn})");
            if (half == "whole")
            {
                Assert.True(precision >= wholePrecision && recall >= wholeRecall, $"{rule} whole: precision {precision:F3}, recall {recall:F3}");
            }
            else if (half == "check sources")
            {
                Assert.True(precision >= checkPrecision && recall >= checkRecall, $"{rule} check sources: precision {precision:F3}, recall {recall:F3}");
            }
        }
    }

    [SharedCorpusFact]
    public void Templates_that_are_not_prompts_get_no_findings()
    {
        if (!SharedCorpus.IsPresent(output))
        {
            return;
        }

        Dictionary<string, HashSet<string>> fired = Fired();
        var sources = SharedCorpus.Sources();
        // PL5006 judges the metadata against the format's schema, not whether the text is a prompt: Genkit's test prompts
        // (labelled non-prompts) set config.temperature to 11–13 on purpose, and the finding is right about them.
        var noisy = SharedCorpus.Labels().Where(l => l.Row["is_prompt"] == "N" && fired.TryGetValue(l.Id, out var r) && r.Any(x => x is not ("PL0015" or "PL5006")))
            .Select(l => SharedCorpus.CheckSources.Contains(sources[l.Id]) ? "a check-source item" : l.Id).ToList();
        Assert.True(noisy.Count <= 1, "non-prompts with findings: " + string.Join(" ", noisy));
    }

    /// <summary>Which rules fired on each item folder, linting every file as a walk over the folder would.</summary>
    private static Dictionary<string, HashSet<string>> Fired()
    {
        var pipeline = new PromptFilePipeline(new ConfigCascade(new DiskConfigSource()), new DiskFileHost(),
            settings => settings.WithSeverity("PL1002", Severity.None));
        var fired = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string items = Path.Combine(SharedCorpus.Root, "items");
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
