using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>
/// prompts-examples/fine-tune-app through the packed package: with good evidence it builds clean; with each kind of
/// bad evidence written into a copy (not held out, no improvement, a general-ability score 0.051 below the base's,
/// 120 examples, an 80/20 format mix, a duplicate, a validation example from training) the build reports each finding at its file and line.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class FineTuneEvidenceTests(PackedPackage package)
{
    private string Workspace()
    {
        string ws = package.NewWorkspace();
        string from = Path.Combine(PackedPackage.RepoRoot, "prompts-examples", "fine-tune-app");
        PackedPackage.CopyProject(from, ws);

        File.WriteAllText(Path.Combine(ws, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(ws, "Directory.Packages.props"), $"""
            <Project>
              <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="OpenAI" Version="2.15.0" />
                <PackageVersion Include="PromptLint" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        return ws;
    }

    private (int Exit, List<string> Findings, string Output) Build(string ws, string extra = "")
    {
        var (exit, output) = package.Build(ws, $"-p:PromptLintPackageVersion={package.Version} {extra}");
        List<string> findings = Regex.Matches(Regex.Split(output, @"^\s*Build (succeeded|FAILED)\.", RegexOptions.Multiline)[0],
                @"(?<file>[\w./-]+)\((?<line>\d+),(?<col>\d+)\): (?<sev>warning|error) (?<id>PL\d{4}):")
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        return (exit, findings, output);
    }

    [Fact]
    public void The_sample_with_good_evidence_builds_clean()
    {
        var (exit, findings, output) = Build(Workspace(), "-v:n");
        Assert.True(exit == 0, output);
        Assert.Empty(findings);
        Assert.Contains("checked the fine-tuning evidence of 1 model(s), 1 finding(s)", output); // PL4014 (info) at the models: entry: the base retires 2027-01-14
    }

    [Fact]
    public void Each_kind_of_bad_evidence_is_reported_at_its_file_and_line()
    {
        string ws = Workspace();
        string evaluation = Path.Combine(ws, "evals", "fine-tune.json");
        File.WriteAllText(evaluation, File.ReadAllText(evaluation).Replace("\"heldOut\": true", "\"heldOut\": false").Replace("0.934", "0.874"));
        string general = Path.Combine(ws, "evals", "general-fine-tune.json");
        File.WriteAllText(general, File.ReadAllText(general).Replace("0.804", "0.761")); // 0.051 below the base's 0.812

        string training = Path.Combine(ws, "datasets", "train.jsonl");
        List<string> lines = File.ReadLines(training).Take(120).ToList();
        for (int i = 4; i < lines.Count; i += 5)
        {
            // One output in five as prose instead of JSON: an 80/20 format mix.
            lines[i] = Regex.Replace(lines[i], @"""\{\\""category\\"": \\""(?<c>\w+)\\""\}""", m => $"\"This ticket is about {m.Groups["c"].Value}.\"");
        }

        lines.Add(lines[2]); // a duplicate of line 3, as line 121
        File.WriteAllLines(training, lines);

        string validation = Path.Combine(ws, "datasets", "validation.jsonl");
        List<string> held = File.ReadLines(validation).ToList();
        held[1] = lines[9]; // validation line 2 is training line 10
        File.WriteAllLines(validation, held);

        var (exit, findings, output) = Build(ws);
        Assert.True(exit != 0, "PL4004 is an error, so the build fails:\n" + output);
        Assert.Equal(
            [
                "fine-tune.json(5,12) warning PL4005",
                "fine-tune.json(7,14) error PL4004",
                "general-fine-tune.json(6,12) warning PL4016",
                "train.jsonl(1,1) warning PL4007",
                "train.jsonl(121,1) warning PL4009",
                "train.jsonl(5,1) warning PL4008",
                "validation.jsonl(2,1) warning PL4012",
            ],
            findings);
        Assert.Contains("the training set has 121 examples, fewer than the 200 a classification fine-tune needs", output);
        Assert.Contains("assistant outputs are 80 % JSON, 20 % prose", output);
        Assert.Contains("the fine-tune did not improve on the prompt", output);
        Assert.Contains("the fine-tune fell below its base on the general-ability eval (accuracy 0.812 on the base → 0.761 on the fine-tune", output);

        // An incremental build replays the same findings from obj/ instead of dropping them.
        var (again, replayed, secondOutput) = Build(ws, "-v:n");
        Assert.True(again != 0, secondOutput);
        Assert.Equal(findings, replayed);
        Assert.Contains("fine-tuning evidence unchanged; replayed 8 finding(s)", secondOutput); // the seven above and the entry's PL4014 (info)
    }
}
