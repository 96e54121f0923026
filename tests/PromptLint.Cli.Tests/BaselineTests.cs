using System.Text.Json;
using PromptLint.Cli.Reporting;
using PromptLint.Model;

namespace PromptLint.Cli.Tests;

public sealed class BaselineTests
{
    // Two findings: PL1002 (a thin prompt gets it alone, naming what is missing) and PL5004 (the undelimited variable).
    private const string Prompt = "system:\nYou help. The customer wrote: {{message}}\nuser:\nhi\n";

    [Fact]
    public void Baselined_findings_stay_baselined_when_lines_are_added_above_them()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.prompty", Prompt);
        var (updateExit, updateOut, _) = CliRunner.Run(temp.Path, "lint", ".", "--update-baseline");
        Assert.Equal(0, updateExit);
        Assert.StartsWith("wrote 2 findings from 1 file to promptlint.baseline.json", updateOut);

        File.WriteAllText(file, "<!-- a new first line -->\n\n" + Prompt);
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(0, exit);
        Assert.Equal("1 file linted: 0 errors, 0 warnings, 0 info (2 baselined, 0 baseline entries fixed)\n", stdout);
    }

    [Fact]
    public void New_findings_are_reported_and_fixed_entries_are_counted()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.prompty", Prompt);
        CliRunner.Run(temp.Path, "lint", ".", "--update-baseline");

        // Fix the injection (delimit the variable) and add a secret.
        File.WriteAllText(file, Prompt.Replace("{{message}}", "<message>{{message}}</message>") + "Password=Tr0ub4dor&3x;\n");
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(1, exit);
        Assert.Contains("a.prompty(5,1): error PL7001", stdout);
        Assert.DoesNotContain("PL5004", stdout);
        Assert.EndsWith("(1 baselined, 1 baseline entry fixed)\n", stdout);
    }

    [Fact]
    public void A_missing_explicit_baseline_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", Prompt);
        var (exit, _, stderr) = CliRunner.Run(temp.Path, "lint", ".", "--baseline", "nope.json");
        Assert.Equal(2, exit);
        Assert.Contains("baseline not found: nope.json", stderr);
    }

    [Fact]
    public void The_baseline_keeps_a_per_repository_key_and_reports_keyed_fingerprints_that_match_it()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", Prompt);
        CliRunner.Run(temp.Path, "lint", ".", "--update-baseline");
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "promptlint.baseline.json")));
        Assert.Equal(2, baseline.RootElement.GetProperty("version").GetInt32());
        byte[] key = baseline.RootElement.GetProperty("fingerprintKey").GetBytesFromBase64();
        Assert.Equal(32, key.Length);
        string stored = baseline.RootElement.GetProperty("entries")[0].GetProperty("fingerprint").GetString()!;

        // A rewrite keeps the key, so the same findings get the same fingerprints.
        CliRunner.Run(temp.Path, "lint", ".", "--update-baseline");
        using var again = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "promptlint.baseline.json")));
        Assert.Equal(Convert.ToBase64String(key), again.RootElement.GetProperty("fingerprintKey").GetString());
        Assert.Equal(stored, again.RootElement.GetProperty("entries")[0].GetProperty("fingerprint").GetString());
    }

    [Fact]
    public void A_fingerprint_does_not_confirm_a_guess_of_the_prompt_line()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", Prompt);
        var (_, json, _) = CliRunner.Run(temp.Path, "lint", ".", "--format", "json", "--redact");
        using var report = JsonDocument.Parse(json);
        JsonElement finding = report.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("ruleId").GetString() == "PL5004");
        // Whoever reads a redacted report and guesses the line cannot check the guess with an unkeyed hash.
        string guess = "PL5004\na.prompty\nYou help. The customer wrote: {{message}}";
        string unkeyed = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(guess)), 0, 16).ToLowerInvariant();
        Assert.NotEqual(unkeyed, finding.GetProperty("fingerprint").GetString());
        Assert.DoesNotContain("customer", json);
    }

    [Fact]
    public void Without_a_baseline_or_an_environment_key_each_run_has_its_own_random_key()
    {
        FingerprintKey a = FingerprintKey.ForRun(_ => null), b = FingerprintKey.ForRun(_ => null);
        Assert.Equal(("run", 32), (a.Source, a.Secret!.Length));
        Assert.NotEqual(Convert.ToHexString(a.Secret), Convert.ToHexString(b.Secret!));
        FingerprintKey fromEnvironment = FingerprintKey.ForRun(_ => "ci-secret");
        Assert.Equal(Convert.ToHexString(fromEnvironment.Secret!), Convert.ToHexString(FingerprintKey.ForRun(_ => "ci-secret").Secret!));
    }

    [Fact]
    public void A_version_1_baseline_without_a_key_still_matches_until_it_is_rewritten()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.prompty", "system:\nYou help. The customer wrote: {{message}}\nuser:\nhi\n");
        var findings = PromptLint.Linting.Linter.Lint(new PromptInput(file, File.ReadAllText(file))).Findings
            .Where(f => f.RuleId == "PL5004").ToList();
        var source = new PromptLint.Text.SourceText(file, File.ReadAllText(file));
        string legacy = Fingerprints.Compute(findings, source, "a.prompty", FingerprintKey.Legacy)[0];
        File.WriteAllText(Path.Combine(temp.Path, "promptlint.baseline.json"),
            $$"""{"version": 1, "entries": [{"ruleId": "PL5004", "path": "a.prompty", "fingerprint": "{{legacy}}"}]}""");
        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        Assert.DoesNotContain("PL5004", stdout);
        Assert.Contains("1 baselined", stdout);
    }

    [Fact]
    public void Many_findings_on_one_long_line_get_distinct_fingerprints()
    {
        string line = string.Concat(Enumerable.Repeat("{{#if a}}", 20_000));
        var source = new PromptLint.Text.SourceText("/r/a.prompt", line + "\n");
        var findings = PromptLint.Linting.Linter.Lint(new PromptInput("/r/a.prompt", source.Text)).Findings;
        List<string> fingerprints = Fingerprints.Compute(findings, source, "a.prompt", FingerprintKey.NewRandom());
        Assert.Equal(findings.Count, fingerprints.Distinct().Count());
        Assert.True(findings.Count > 100);
    }
}
