namespace PromptLint.Cli.Tests;

/// <summary>
/// Issue #18's classes (hostile input, round two), through the same child-process harness as the first round:
/// what a promptlint.yaml names stays inside the repository, eval results are read with a limit, baselines and
/// outputs cannot be turned against the run. Listed in docs/reliability.md.
/// </summary>
public sealed partial class HostileInputSuiteTests
{
    private const string Secret = "HostileSecretMarker";
    private const string ModelKey = "  \"ft:gpt-4o-mini-2024-07-18:acme:triage:*\":\n";

    /// <summary>A folder beside the case's repository (outside it) holding a file whose lines must never be quoted.</summary>
    private string OutsideFile(string name)
    {
        string folder = _temp.Path + "-outside";
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Concat(Enumerable.Range(0, 5).Select(i => $"{Secret}{i} token value {i}\n")));
        return path;
    }

    [Fact]
    public void Files_a_configuration_names_outside_the_repository_are_a_located_PL0010_that_quotes_nothing()
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            Write("good.prompty", Good);
            string outsideEval = OutsideFile("eval.json");
            string outsideSet = OutsideFile("secret.jsonl");
            Directory.CreateDirectory(Path.Combine(_temp.Path, "evals"));
            File.CreateSymbolicLink(Path.Combine(_temp.Path, "evals", "link.json"), outsideEval);
            Write("promptlint.yaml", "models:\n" + ModelKey
                + "    baseline: evals/link.json\n"
                + $"    evaluation: {outsideEval}\n"
                + $"    training: ../{Path.GetFileName(_temp.Path)}-outside/secret.jsonl\n"
                + "    validation: /proc/self/environ\n");

            Run run = Lint(".");

            Assert.Equal(["3,15", "4,17", "5,15", "6,17"], Located(run, "promptlint.yaml", "PL0010"));
            Assert.All(run.Findings, f => Assert.DoesNotContain(Secret, f.GetProperty("message").GetString()));
            Assert.DoesNotContain(Secret, run.Stderr);
            Assert.Contains("outside the repository", Message(run, "promptlint.yaml", "PL0010"));
            AssertGoodFileLinted(run);
        }
        finally
        {
            Directory.Delete(_temp.Path + "-outside", recursive: true);
        }
    }

    [Fact]
    public void A_300_MB_eval_result_is_a_located_PL0013_not_an_out_of_memory()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("promptlint.yaml", "models:\n" + ModelKey + "    evaluation: evals/huge.json\n");
        string huge = Path.Combine(_temp.Path, "evals", "huge.json");
        Directory.CreateDirectory(Path.GetDirectoryName(huge)!);
        using (var stream = new FileStream(huge, FileMode.Create))
        {
            stream.Write("{\"model\": \"ft:gpt-4o-mini-2024-07-18:acme:triage:x\", \"pad\": \""u8);
            byte[] chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (int i = 0; i < 300; i++)
            {
                stream.Write(chunk);
            }

            stream.Write("\"}\n"u8);
        }

        Run run = Lint(".");

        Assert.Equal(["1,1"], Located(run, "evals/huge.json", "PL0013"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void A_megabyte_of_variables_on_one_system_line_is_linted_in_one_pass()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        // 131,000 undelimited variables on one line: PL5004 looked at the whole line around each one (5 minutes before).
        Write("vars.prompty", "system:\n" + string.Concat(Enumerable.Repeat("{{ a }} ", 131_000)) + "\nuser:\n{{question}}\n");

        Run run = Lint(".");

        Assert.Equal(100, Located(run, "vars.prompty", "PL5004").Count);
        Assert.Contains("PL5004 was reported 131,000 times", string.Join("\n",
            run.Findings.Where(f => f.GetProperty("ruleId").GetString() == "PL0016").Select(f => f.GetProperty("message").GetString())));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void A_backtracking_exclude_glob_excludes_what_it_matches_whatever_the_load()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        string excluded = new string('a', 40) + ".prompty";
        Write(excluded, Good);
        // The first alternative backtracks through every way to place 15 'a's among 40; the second matches the file.
        Write("promptlint.yaml", "exclude:\n  - \"{" + string.Concat(Enumerable.Repeat("*a", 15)) + "*z,a*.prompty}\"\n");

        Run run = Lint(".");

        Assert.DoesNotContain(run.Findings, f => f.GetProperty("path").GetString() == excluded);
        AssertGoodFileLinted(run);
    }
}
