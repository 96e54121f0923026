using System.Text.RegularExpressions;
using PromptLint.Tests.Shared;

namespace PromptLint.Cli.Tests;

public sealed class LintCommandTests
{
    private const string GoodPrompt = PromptLint.Tests.Shared.SamplePrompts.Clean;

    [Fact]
    public void Examples_folder_output_matches_golden_and_exits_1_for_errors()
    {
        var (exit, stdout, stderr) = CliRunner.Run(CliRunner.RepoRoot, "lint", "prompts-examples");

        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        GoldenFile.Verify("prompts-examples", stdout);
    }

    /// <summary>prompts-examples/README.md states, per file, the rules a reader of the rule docs expects; the linter must agree.</summary>
    [Fact]
    public void Examples_folder_findings_match_the_readme_table()
    {
        string root = Path.Combine(CliRunner.RepoRoot, "prompts-examples");
        var expected = new Dictionary<string, SortedSet<string>>();
        foreach (Match row in Regex.Matches(File.ReadAllText(Path.Combine(root, "README.md")), @"^\| `(?<file>[^`]+)`[^|]*\| [^|]+ \| (?<rules>[^|]+) \|", RegexOptions.Multiline))
        {
            var rules = Regex.Matches(row.Groups["rules"].Value, @"PL\d{4}").Select(m => m.Value);
            expected[row.Groups["file"].Value] = new SortedSet<string>(rules);
        }

        var (_, stdout, _) = CliRunner.Run(root, "lint", ".");
        var actual = expected.Keys.ToDictionary(k => k, _ => new SortedSet<string>());
        foreach (Match finding in Regex.Matches(stdout, @"^(?<file>[^(\n]+)\(\d+,\d+\): \w+ (?<rule>PL\d{4}):", RegexOptions.Multiline))
        {
            string file = finding.Groups["file"].Value;
            Assert.True(actual.ContainsKey(file), $"finding for a file the README table does not list: {finding.Value}");
            actual[file].Add(finding.Groups["rule"].Value);
        }

        Assert.True(expected.Count >= 30, "the README table was not parsed");
        Assert.All(expected, pair => Assert.Equal(string.Join(",", pair.Value), string.Join(",", actual[pair.Key])));
    }

    [Fact]
    public void A_clean_prompt_exits_0_with_a_summary()
    {
        using var temp = new TempFolder();
        temp.Write("triage.prompty", GoodPrompt);

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(0, exit);
        Assert.Equal("1 file linted: 0 errors, 0 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void Findings_use_the_msbuild_canonical_format_with_relative_forward_slash_paths()
    {
        using var temp = new TempFolder();
        temp.Write("prompts/thin.prompty", "system:\nBe nice.\nuser:\n{{q}}\n");
        temp.Write("prompts/wordy.prompty", "system:\nHelp the customer with the billing question they ask, and keep the tone calm and kind.\nuser:\n{{q}}\n");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", "prompts", "--severity", "PL1003=none", "--severity", "PL2001=error");

        Assert.Equal(1, exit);
        Assert.Equal(
            """
            prompts/thin.prompty(1,1): warning PL1002: system prompt is only 2 words (no role, no output format, no examples); give it a role, the task, constraints and an output format (minWords = 12)
            prompts/wordy.prompty(1,1): warning PL1001: system prompt has no output-format instruction; add one, e.g. 'Respond with JSON: {"label": "…", "reason": "…"}' or 'Answer in 3 bullet points'
            prompts/wordy.prompty(1,1): error PL2001: prompt has no few-shot examples; add 2–3 worked input→output pairs, as <example> blocks, 'Input:'/'Output:' pairs or user/assistant turns before the final user turn
            2 files linted: 1 error, 2 warnings, 0 info

            """,
            stdout);
    }

    [Fact]
    public void Bad_files_become_findings_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        temp.Write("good.prompty", GoodPrompt);
        File.WriteAllBytes(Path.Combine(temp.Path, "binary.prompty"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        File.WriteAllBytes(Path.Combine(temp.Path, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x0A]);
        temp.Write("broken.prompty", "---\nname: [\n---\nsystem:\nhi\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "dangling.prompty"), Path.Combine(temp.Path, "missing-target"));

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(1, exit);
        Assert.Contains("binary.prompty(1,5): warning PL0011:", stdout);
        Assert.Contains("latin1.txt(1,4): warning PL0012:", stdout);
        Assert.Contains("broken.prompty(3,1): error PL0014:", stdout);
        Assert.Contains("dangling.prompty(1,1): error PL0010:", stdout);
        Assert.DoesNotContain("good.prompty", stdout);
        Assert.EndsWith("5 files linted: 2 errors, 2 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void Oversized_files_are_not_read_and_the_limit_is_an_option()
    {
        using var temp = new TempFolder();
        temp.Write("big.md", new string('x', 5000));

        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", "big.md", "--option", "PL0013.maxFileBytes=4096");

        Assert.Contains("big.md(1,1): warning PL0013: file is 5,000 bytes, over the 4,096-byte limit", stdout);
    }

    [Fact]
    public void Folder_walks_skip_non_prompts_but_explicit_files_are_linted()
    {
        using var temp = new TempFolder();
        temp.Write("README.md", "# Project\nBe nice.\n");
        temp.Write("settings.json", "{\"a\": 1}");
        temp.Write("ci.yaml", "on: push\n");
        temp.Write("bin/Debug/copy.prompty", "system:\nhi\n");
        temp.Write("notes.docx", "x");

        Assert.Equal("0 files linted: 0 errors, 0 warnings, 0 info\n", CliRunner.Run(temp.Path, "lint", ".").Stdout);
        Assert.Contains("notes.docx(1,1): info PL0015:", CliRunner.Run(temp.Path, "lint", "notes.docx").Stdout);
        Assert.Contains("README.md(1,1): warning PL1002", CliRunner.Run(temp.Path, "lint", "README.md").Stdout); // thin: PL1002 alone
    }

    [Fact]
    public void Data_files_found_by_a_walk_are_skipped_quietly_and_verbose_says_why()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "archive.md"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        temp.Write("vocab.json", "[" + string.Concat(Enumerable.Repeat("\"role\",", 200_000)) + "\"x\"]");
        temp.Write("fixture.json", "{\"role\": \"user\", \"content\": ");
        temp.Write("response.json", "{\"id\": \"chatcmpl-1\", \"choices\": []}");

        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "lint", ".", "--verbose");

        Assert.Equal(0, exit);
        Assert.Equal("0 files linted: 0 errors, 0 warnings, 0 info\n", stdout);
        Assert.Contains("skipped archive.md: not a UTF-8 prompt: file contains a NUL byte", stderr);
        Assert.Contains("skipped vocab.json: larger than maxFileBytes", stderr);
        Assert.Contains("skipped fixture.json: could not be read as a prompt:", stderr);
        Assert.Contains("skipped response.json: JSON that is no chat array (no \"role\" fields)", stderr);

        Assert.Contains("archive.md(1,5): warning PL0011:", CliRunner.Run(temp.Path, "lint", "archive.md").Stdout);
        Assert.Contains("vocab.json(1,1): warning PL0013:", CliRunner.Run(temp.Path, "lint", "vocab.json").Stdout);
        Assert.Contains("fixture.json(1,", CliRunner.Run(temp.Path, "lint", "fixture.json").Stdout);
    }

    [Theory]
    [InlineData("lint --bogus", "unknown option '--bogus'")]
    [InlineData("lint does-not-exist", "path not found: does-not-exist")]
    [InlineData("lint --severity PL1001=loud", "--severity expects ID=error|warning|info|none")]
    [InlineData("lint --severity PL9999=none", "unknown rule 'PL9999'")]
    [InlineData("lint --option PL6001.maxWords=3", "--option expects ID.name=number")]
    [InlineData("frobnicate", "unknown command 'frobnicate'")]
    [InlineData("explain", "explain takes one rule ID")]
    [InlineData("lint --stdin-filename a.prompty", "--stdin-filename names standard input: give '-' among the paths")]
    [InlineData("lint - -", "'-' (standard input) can be given once")]
    [InlineData("lint --formt json", "unknown option '--formt' (did you mean '--format'?)")]
    [InlineData("lnt", "unknown command 'lnt' (did you mean 'lint'?)")]
    [InlineData("lint --format", "--format needs a value")]
    [InlineData("lint --format xml", "--format expects one of text, json, sarif, github, got 'xml'")]
    [InlineData("ladder --format text", "--format expects one of table, markdown, json, html, got 'text'")]
    [InlineData("lint --fail-on sometimes", "--fail-on expects one of error, warning, never, got 'sometimes'")]
    [InlineData("explain PL1001 PL1002", "unexpected argument 'PL1002' for 'explain'")]
    [InlineData("inspect", "inspect takes one file")]
    [InlineData("lint @missing.rsp", "response file")]
    [InlineData("lint -- --weird", "path not found: --weird")]
    public void Usage_errors_exit_2_with_a_message(string args, string message)
    {
        using var temp = new TempFolder();
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, args.Split(' '));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
        Assert.Contains("--help' for usage.", stderr);
    }
}
