using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PromptLint.Analyzers.Tests.Recall;

/// <summary>
/// The recall benchmark (issue 17, point 6): small sample apps written for it (Recall/Samples, one compilation each,
/// against the real SDK assemblies), each prompt site marked on its line with <c>// expect: PLxxxx</c>. A site is
/// found when the analyzer reports that rule on that line. Prints found / expected per sample and in total, and
/// the diagnostics no marker expected; docs/analyzer-recall.md records the figures.
/// </summary>
public sealed partial class RecallBenchmarkTests(ITestOutputHelper output)
{
    /// <summary>Every expected site is found; a regression names the sample, line and rule.</summary>
    private const double RequiredRecall = 1.0;

    [GeneratedRegex(@"//\s*expect:((?:\s+PL\d{4})+)\s*$")]
    private static partial Regex ExpectMarker();

    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Recall", "Samples");

    [Fact]
    public async Task Sample_apps_have_their_prompt_sites_found()
    {
        string[] samples = Directory.GetFiles(SamplesFolder, "*.cs").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.True(samples.Length >= 10, $"the benchmark's samples are missing from {SamplesFolder}");

        int expectedTotal = 0, foundTotal = 0, unexpectedTotal = 0;
        var missed = new List<string>();
        var report = new StringBuilder("| sample | found / expected | not expected |\n|---|---|---|\n");
        foreach (string sample in samples)
        {
            string source = await File.ReadAllTextAsync(sample);
            var expected = Expectations(source);
            var diagnostics = await Analyze(source);
            var reported = diagnostics.Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line, d.Id)).ToList();

            int found = 0;
            foreach (var group in expected.GroupBy(e => e))
            {
                int hits = Math.Min(group.Count(), reported.Count(r => r == group.Key));
                found += hits;
                for (int miss = hits; miss < group.Count(); miss++)
                {
                    missed.Add($"{Path.GetFileName(sample)}:{group.Key.Line + 1} {group.Key.Id}");
                    output.WriteLine($"missed: {missed[^1]}");
                }
            }

            // Other rules on a marked line are more findings on a found site; only lines with no marker count as not expected.
            var notExpected = diagnostics.Where(d => !expected.Any(e => e.Line == d.Location.GetLineSpan().StartLinePosition.Line)).ToList();
            int unexpected = notExpected.Count;
            foreach (Diagnostic extra in notExpected)
            {
                output.WriteLine($"not expected: {Path.GetFileName(sample)}:{extra.Location.GetLineSpan().StartLinePosition.Line + 1} {extra.Id} {extra.GetMessage()}");
            }

            expectedTotal += expected.Count;
            foundTotal += found;
            unexpectedTotal += unexpected;
            report.Append($"| {Path.GetFileNameWithoutExtension(sample)} | {found} / {expected.Count} | {unexpected} |\n");
        }

        double recall = (double)foundTotal / expectedTotal;
        report.Append($"| **total** | **{foundTotal} / {expectedTotal} ({recall:P0})** | {unexpectedTotal} |\n");
        output.WriteLine(report.ToString());
        Assert.True(recall >= RequiredRecall, $"recall {recall:P1}; missed:\n{string.Join("\n", missed)}\n{report}");
    }

    private static List<(int Line, string Id)> Expectations(string source)
    {
        var expected = new List<(int, string)>();
        string[] lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = ExpectMarker().Match(lines[i].TrimEnd('\r'));
            foreach (string id in match.Success ? match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                expected.Add((i, id));
            }
        }

        return expected;
    }

    /// <summary>The first line says how the sample compiles: <c>// program</c> (top-level statements) or <c>// library</c>.</summary>
    private static async Task<List<Diagnostic>> Analyze(string source)
    {
        var runner = new AnalyzerRunner().WithSource("/project/Program.cs", source);
        if (source.StartsWith("// program", StringComparison.Ordinal))
        {
            runner.AsProgram();
        }

        return (await runner.RunAsync()).Where(d => d.Location.IsInSource).ToList();
    }
}
