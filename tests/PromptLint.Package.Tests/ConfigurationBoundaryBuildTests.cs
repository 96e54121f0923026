using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>
/// Issue 18 through <c>dotnet build</c> with the packed package: <c>models:</c> paths that leave the repository are
/// located PL0010s that quote nothing from the files they name; a malformed baseline and a findings cache cut short
/// do not crash the build (no MSB4018) and every finding is linted again. Unix only (symbolic links, procfs).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConfigurationBoundaryBuildTests(PackedPackage package)
{
    private const string SecretLine = "TOKEN=abc123-promptlint-boundary-marker";

    private const string NoFormatPrompt = "system:\nYou are a support agent for Contoso's billing team. Help customers with invoices and refunds.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\nuser:\n{{q}}\n";

    private const string ThinPrompt = "system:\nYou are a bot.\nuser:\n{{q}}\n";

    /// <summary>Every PromptLint diagnostic MSBuild printed before its summary, relative to the workspace, in order.</summary>
    private static List<string> Diagnostics(string output, string ws) =>
        Regex.Matches(Regex.Split(output, @"^\s*Build (succeeded|FAILED)\.", RegexOptions.Multiline)[0], @"(?<file>/[^\s(]+)\((?<line>\d+),(?<col>\d+)\): (?<sev>warning|error) (?<id>PL\d{4}|AD0001):")
            .Select(m => $"{Path.GetRelativePath(ws, m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Models_paths_outside_the_repository_are_located_PL0010s_and_the_build_never_prints_the_files()
    {
        if (OperatingSystem.IsWindows()) return;
        string ws = package.NewCSharpProject();

        // Outside the workspace (its .git and root: true make it the repository): beside it, and in the temp folder.
        string escaped = Path.Combine(package.Root, "escaped-secret.jsonl");
        string absolute = Path.Combine(Path.GetTempPath(), $"promptlint-secret-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(escaped, SecretLine + "\n");
        File.WriteAllText(absolute, SecretLine + "\n");
        try
        {
            Directory.CreateDirectory(Path.Combine(ws, "evals"));
            File.CreateSymbolicLink(Path.Combine(ws, "evals", "linked.json"), absolute);
            File.WriteAllText(Path.Combine(ws, "promptlint.yaml"), $"""
                root: true
                models:
                  "ft:gpt-4o-mini-2024-07-18:acme:triage:*":
                    baseline: evals/linked.json
                    evaluation: {absolute}
                    training: ../{Path.GetFileName(escaped)}
                    validation: /proc/self/environ
                    task: classification

                """);

            var (exit, output) = package.Build(ws);
            Assert.True(exit != 0, "PL0010 is an error, so the build fails:\n" + output);
            Assert.Equal(
                [
                    "promptlint.yaml(4,15) error PL0010",
                    "promptlint.yaml(5,17) error PL0010",
                    "promptlint.yaml(6,15) error PL0010",
                    "promptlint.yaml(7,17) error PL0010",
                ],
                Diagnostics(output, ws));
            Assert.DoesNotContain("abc123", output);
            Assert.DoesNotContain("MSB4018", output);

            // Again, from the evidence cache: the same located errors, still nothing of the files.
            var (again, replay) = package.Build(ws);
            Assert.True(again != 0, replay);
            Assert.Equal(4, Diagnostics(replay, ws).Count(d => d.EndsWith("error PL0010", StringComparison.Ordinal)));
            Assert.DoesNotContain("abc123", replay);
        }
        finally
        {
            File.Delete(absolute);
            File.Delete(escaped);
        }
    }

    [Fact]
    public void A_findings_cache_cut_short_and_a_malformed_baseline_are_linted_again_without_MSB4018()
    {
        string ws = package.NewFSharpProject();
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "support.prompty"), NoFormatPrompt);
        File.WriteAllText(Path.Combine(ws, "prompts", "thin.prompty"), ThinPrompt);
        string[] findings = ["prompts/support.prompty(1,1) warning PL1001", "prompts/thin.prompty(1,1) warning PL1002"];

        var (exit, first) = package.Build(ws, "-v:n");
        Assert.True(exit == 0, first);
        Assert.Equal(findings, Diagnostics(first, ws));
        Assert.Contains("PromptLint: linted 2 prompt file(s), 3 finding(s)", first);

        // What a crash in the middle of a non-atomic write leaves: the key and the first finding only.
        string cache = Path.Combine(ws, "obj", "Debug", "net10.0", "promptlint.findings.cache");
        File.WriteAllLines(cache, File.ReadLines(cache).Take(2));
        var (cut, relinted) = package.Build(ws, "-v:n");
        Assert.True(cut == 0, relinted);
        Assert.Equal(findings, Diagnostics(relinted, ws));
        Assert.Contains("PromptLint: linted 2 prompt file(s), 3 finding(s)", relinted);
        Assert.DoesNotContain("MSB4018", relinted);

        // A baseline cut off by a merge conflict: the CLI's located PL0001 warning on it (README "Baseline"), no baselining, no crash.
        File.WriteAllText(Path.Combine(ws, "promptlint.baseline.json"), "{\n  \"version\": 1,\n<<<<<<< HEAD\n");
        var (malformed, withBaseline) = package.Build(ws, "-v:n");
        Assert.True(malformed == 0, withBaseline);
        Assert.Equal(["promptlint.baseline.json(3,1) warning PL0001", .. findings], Diagnostics(withBaseline, ws));
        Assert.Contains("PromptLint: linted 2 prompt file(s), 3 finding(s)", withBaseline);
        Assert.DoesNotContain("MSB4018", withBaseline);
    }
}
