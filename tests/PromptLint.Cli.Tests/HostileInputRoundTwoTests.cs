using System.Diagnostics;

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

    /// <summary>Any promptlint command in a child process in the case's folder, under the same hang guard as <see cref="Lint"/>.</summary>
    private (int Exit, string Stdout, string Stderr) Child(params string[] args)
    {
        string command = $"timeout 120 {CliUnderTest.ShellCommand} {string.Join(" ", args.Select(a => "'" + a + "'"))}";
        var start = new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PROMPTLINT_FINGERPRINT_KEY"] = "hostile-suite";
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.NotEqual(124, process.ExitCode); // timeout's exit code: the CLI hung
        return (process.ExitCode, stdout, stderr.Result);
    }

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

    [Fact]
    public void CallsPerDay_beyond_decimal_range_on_a_fine_tuned_prompt_is_answered_not_a_crash()
    {
        if (OperatingSystem.IsWindows()) return;
        const string FineTuned = "---\nname: t\nmodel:\n  api: chat\n  configuration:\n    type: openai\n    name: ft:gpt-4o-mini-2024-07-18:acme:triage:abc\n---\n";
        Write("a.prompty", FineTuned + Good);
        Write("b.prompty", FineTuned + Good);
        Write("promptlint.yaml", "usage:\n  prompts:\n    \"*.prompty\":\n      callsPerDay: 79228162514264337593543950335\n");

        var (exit, stdout, stderr) = Child("ladder", ".");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Exception", stderr);
        string unwrapped = string.Join(" ", stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // the table wraps at the terminal width
        Assert.Contains("Volume is high enough (10,000+ calls a month) — the callsPerDay from 2 prompt(s) are too large to compute a monthly figure", unwrapped);
    }

    [Fact]
    public void A_malformed_baseline_is_ignored_with_a_located_warning_and_every_finding_is_reported()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("promptlint.baseline.json", "{\n  \"version\": 2,\n<<<<<<< HEAD\n");

        Run run = Lint(".");

        Assert.Equal(0, run.Exit); // warnings only
        Assert.Equal(["3,1"], Located(run, "promptlint.baseline.json", "PL0001"));
        Assert.Equal("warning", run.Findings.Single(f => f.GetProperty("ruleId").GetString() == "PL0001").GetProperty("severity").GetString());
        Assert.DoesNotContain("<<<", Message(run, "promptlint.baseline.json", "PL0001"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public async Task Three_concurrent_baseline_updates_each_write_a_whole_baseline()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        for (int i = 0; i < 20; i++)
        {
            Write($"p{i}.prompty", Good);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Child("lint", ".", "--update-baseline"))));

        Assert.All(results, r => Assert.True(r.Exit == 0, r.Stderr));
        Assert.Equal(["promptlint.baseline.json"], Directory.GetFiles(_temp.Path, "promptlint.baseline*").Select(Path.GetFileName));
        var (exit, stdout, _) = Child("lint", ".");
        Assert.Equal(0, exit);
        Assert.Contains("(42 baselined", stdout); // 21 prompts × 2 warnings (PL1001, PL2001), all matched by the last writer's key
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    public void Escape_sequences_from_a_file_name_and_a_template_variable_never_reach_the_terminal(string format)
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("\u001b]0;owned\u0007\u001b[2J.prompty", "system:\nYou are a support agent for Contoso's billing team. Use {{ a\u001b[31m\u009b2J }} always.\nuser:\n{{question}}\n");

        var (_, stdout, stderr) = Child("lint", ".", "--format", format, "--verbose");

        Assert.DoesNotContain('\u001b', stdout + stderr);
        Assert.DoesNotContain('\u009b', stdout + stderr);
        Assert.DoesNotContain('\u0007', stdout + stderr);
        Assert.Contains("\\u001B]0;owned\\u0007\\u001B[2J.prompty", stdout);
        Assert.Contains("\\u001B[31m\\u009B2J", stdout);
    }

    [Fact]
    public void A_models_key_cannot_break_out_of_its_markdown_code_span_and_a_bidi_override_cannot_spoof_a_file_name()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("invoice\u202Egpj.prompty", Good);
        Write("promptlint.yaml", "models:\n  \"ft:gpt-4o-mini-2024-07-18:acme:x`\\n\\n## Injected heading [click](https://example.invalid) `\":\n    baseline: evals/b.json\n");

        var (markdownExit, markdown, markdownErr) = Child("ladder", ".", "--format", "markdown");
        var (htmlExit, html, _) = Child("ladder", ".", "--format", "html");

        Assert.True(markdownExit == 0, markdownErr);
        Assert.Equal(0, htmlExit);
        Assert.DoesNotContain(markdown.Split('\n'), line => line.StartsWith("## Injected", StringComparison.Ordinal));
        Assert.Contains("**`` ft:gpt-4o-mini-2024-07-18:acme:x`\\u000A\\u000A## Injected heading [click](https://example.invalid) ` ``**", markdown);
        Assert.DoesNotContain('\u202E', markdown + html);
        Assert.Contains("invoice\\u202Egpj.prompty", html);
    }

    [Fact]
    public void Invalid_utf8_in_a_training_line_is_a_located_PL0012()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("promptlint.yaml", "models:\n" + ModelKey + "    training: data/train.jsonl\n");
        static string Line(int i) => "{\"messages\":[{\"role\":\"user\",\"content\":\"Ticket " + i + "\"},{\"role\":\"assistant\",\"content\":\"{}\"}]}\n";
        byte[] before = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3).Select(Line)) + "{\"messages\":[{\"role\":\"user\",\"content\":\"caf");
        WriteBytes("data/train.jsonl", [.. before, 0xE9, .. System.Text.Encoding.UTF8.GetBytes("\"},{\"role\":\"assistant\",\"content\":\"{}\"}]}\n")]);

        Run run = Lint(".");

        Assert.Equal(["4,43"], Located(run, "data/train.jsonl", "PL0012"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void A_link_to_a_procfs_file_is_skipped_in_a_folder_and_a_located_PL0010_when_named()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        // procfs files are "regular" files that claim 0 bytes; some block when read (a trace pipe), all change.
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "status.prompt"), "/proc/self/status");

        Run walked = Lint(".");
        Run named = Lint("status.prompt", "good.prompty");

        Assert.DoesNotContain(walked.Findings, f => f.GetProperty("path").GetString() == "status.prompt");
        AssertGoodFileLinted(walked);
        Assert.Equal(["1,1"], Located(named, "status.prompt", "PL0010"));
        Assert.Contains("virtual file system", Message(named, "status.prompt", "PL0010"));
        AssertGoodFileLinted(named);
    }
}
