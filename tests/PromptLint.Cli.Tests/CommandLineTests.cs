using System.Diagnostics;
using System.Text;

namespace PromptLint.Cli.Tests;

/// <summary>The command-line conventions: per-command help, standard input, response files, completion, usage errors.</summary>
public sealed class CommandLineTests
{
    private const string ShortPrompt = "system:\nYou are a bot.\nuser:\n{{q}}\n";

    [Theory]
    [InlineData("lint", "--config", "--format", "--output", "--redact", "--verbose", "--fail-on", "--severity", "--option", "--update-baseline", "--baseline", "--stdin-filename")]
    [InlineData("ladder", "--format", "--output", "--config", "--stdin-filename")]
    [InlineData("explain", "<rule-id>")]
    [InlineData("inspect", "<file>")]
    public void Every_command_has_its_own_help_listing_its_options(string command, params string[] expected)
    {
        foreach (string help in new[] { "--help", "-h" })
        {
            var (exit, stdout, stderr) = CliRunner.Run(CliRunner.RepoRoot, command, help);

            Assert.Equal(0, exit);
            Assert.Equal("", stderr);
            Assert.Contains($" {command} ", stdout);
            Assert.All(expected, option => Assert.Contains(option, stdout));
        }
    }

    [Fact]
    public void Help_as_a_command_still_prints_help()
    {
        var root = CliRunner.Run(CliRunner.RepoRoot, "help");
        var lint = CliRunner.Run(CliRunner.RepoRoot, "help", "lint");

        Assert.Equal((0, 0), (root.ExitCode, lint.ExitCode));
        Assert.Contains("  ladder <paths>", root.Stdout);
        Assert.Contains("--fail-on <error|warning|never>", lint.Stdout);
    }

    [Fact]
    public void Short_aliases_still_work()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", ShortPrompt);
        temp.Write("other.yaml", "root: true\nrules: { PL1002: none }\n");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", "a.prompty", "-f", "json", "-c", "other.yaml", "-o", "r.json", "-v");

        Assert.Equal(0, exit);
        Assert.Contains("report written to r.json", stdout);
        string report = File.ReadAllText(Path.Combine(temp.Path, "r.json"));
        Assert.Contains("\"PL1001\"", report);
        Assert.DoesNotContain("\"PL1002\"", report);
    }

    [Fact]
    public void Dash_reads_standard_input_under_the_stdin_filename()
    {
        using var temp = new TempFolder();
        temp.Write("prompts/promptlint.yaml", "rules: { PL1002: none }\n");

        var (exit, stdout, _) = CliRunner.RunWithInput(temp.Path, Input(ShortPrompt), "lint", "-", "--stdin-filename", "prompts/support.prompty");

        Assert.Equal(0, exit);
        Assert.Contains("prompts/support.prompty(1,1): warning PL1001:", stdout);
        Assert.DoesNotContain("PL1002", stdout); // the promptlint.yaml beside the name applies
        Assert.EndsWith("1 file linted: 0 errors, 2 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void The_stdin_filename_picks_the_format()
    {
        using var temp = new TempFolder();
        const string chat = "[{\"role\": \"system\", \"content\": \"You are a bot.\"}, {\"role\": \"user\", \"content\": \"hi\"}]";

        var asJson = CliRunner.RunWithInput(temp.Path, Input(chat), "lint", "-", "--stdin-filename", "chat.json");
        var asMarkdown = CliRunner.RunWithInput(temp.Path, Input(chat), "lint", "-");

        Assert.Contains("chat.json(1,", asJson.Stdout);
        Assert.Contains("PL1002: system prompt is only 4 words", asJson.Stdout); // read as a chat array: a four-word system message
        Assert.StartsWith("stdin.md(1,1): warning PL1002:", asMarkdown.Stdout); // no name given: Markdown, named stdin.md (a thin prompt gets PL1002 alone)
        Assert.DoesNotContain("only 4 words", asMarkdown.Stdout); // the JSON text read as one prompt
    }

    [Fact]
    public void Standard_input_lints_beside_named_files()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", ShortPrompt);

        var (_, stdout, _) = CliRunner.RunWithInput(temp.Path, Input(ShortPrompt), "lint", "a.prompty", "-", "--stdin-filename", "b.prompty");

        Assert.Contains("a.prompty(1,1): warning PL1002:", stdout); // a thin prompt gets PL1002 alone
        Assert.Contains("b.prompty(1,1): warning PL1002:", stdout);
        Assert.EndsWith("2 files linted: 0 errors, 2 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void The_ladder_reads_standard_input_too()
    {
        using var temp = new TempFolder();
        temp.Write("promptlint.yaml", "root: true\nusage:\n  prompts:\n    \"prompts/**\": { model: gpt-4o, callsPerDay: 100 }\n");

        var (exit, stdout, stderr) = CliRunner.RunWithInput(temp.Path, Input(ShortPrompt), "ladder", "-", "--stdin-filename", "prompts/piped.prompty", "-f", "json");

        Assert.True(exit == 0, stderr);
        Assert.Contains("\"path\": \"prompts/piped.prompty\"", stdout);
        Assert.Contains("\"callsPerDay\": 100", stdout); // the usage: entry for that path applies
    }

    [Fact]
    public void Standard_input_over_maxFileBytes_is_PL0013_and_not_read_to_the_end()
    {
        using var temp = new TempFolder();
        var endless = new EndlessStream();

        var (exit, stdout, _) = CliRunner.RunWithInput(temp.Path, endless, "lint", "-", "--stdin-filename", "big.prompty", "--option", "PL0013.maxFileBytes=1000");

        Assert.Equal(0, exit);
        Assert.Contains("big.prompty(1,1): warning PL0013:", stdout);
        if (CliUnderTest.Executable is null)
        {
            // Only an in-process run reads the stream itself; a child's input goes through a pipe the feed keeps full.
            Assert.True(endless.Position <= 2 * 4096, $"read {endless.Position} bytes");
        }
    }

    [Fact]
    public void An_option_value_that_starts_with_a_dash_is_a_value_not_an_unknown_option()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", ShortPrompt);

        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "lint", "a.prompty", "--output", "-report.txt");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("report written to -report.txt", stdout);
        Assert.True(File.Exists(Path.Combine(temp.Path, "-report.txt")));
    }

    [Fact]
    public void Response_files_stand_in_for_their_arguments()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", ShortPrompt);
        temp.Write("ci/lint.rsp", "# the CI's lint settings\n--format json\n--severity PL1002=none\n\n\"a.prompty\"\n");

        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "lint", "@ci/lint.rsp");

        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.StartsWith("{", stdout);
        Assert.Contains("\"PL1001\"", stdout);
        Assert.DoesNotContain("\"PL1002\"", stdout);
    }

    [Theory]
    [InlineData("promptlint lint --f", "--fail-on", "--format")]
    [InlineData("promptlint lint --format ", "github", "sarif")]
    [InlineData("promptlint explain PL10", "PL1001", "PL1008")]
    [InlineData("promptlint lad", "ladder")]
    public void The_suggest_directive_completes_commands_options_and_values(string line, params string[] expected)
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.RepoRoot, $"[suggest:{line.Length}]", line);

        Assert.Equal(0, exit);
        string[] suggestions = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(expected, e => Assert.Contains(e, suggestions));
        Assert.All(suggestions, s => Assert.StartsWith(line.Split(' ')[^1], s)); // only what fits the word being typed
    }

    [Fact]
    public void Version_prints_major_minor_patch()
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.RepoRoot, "--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", stdout);
    }

    [Fact]
    public async Task The_tool_reads_its_real_standard_input()
    {
        using var temp = new TempFolder();
        using Process process = Process.Start(CliUnderTest.Start(temp.Path, ["lint", "-", "--stdin-filename", "piped.prompty"]))!;
        await process.StandardInput.WriteAsync(ShortPrompt);
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("", await stderr);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("piped.prompty(1,1): warning PL1002:", stdout);
    }

    private static MemoryStream Input(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Standard input that never ends (a `yes | promptlint lint -`): the read must stop at the limit.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'y', offset, count);
            _position += count;
            return count;
        }
    }
}
