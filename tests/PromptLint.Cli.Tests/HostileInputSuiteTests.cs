using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PromptLint.Cli.Tests;

/// <summary>
/// Issue #8's table and more, each through the real CLI in a child process with a time limit (a hang guard with a
/// wide margin, never an assertion on speed) and its peak memory measured (GNU time's maximum resident set size;
/// .NET reserves far more virtual memory than it uses, so <c>ulimit -v</c> would measure the runtime, not the lint).
/// Each case asserts the documented exit code, a located finding (or the documented skip), that the run's other
/// file was still linted, and that nothing was written outside the report. Unix only (FIFOs, sockets, /dev/zero).
/// The cases are listed in docs/reliability.md.
/// </summary>
public sealed partial class HostileInputSuiteTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const long MaxRssBytes = 300L * 1024 * 1024;
    private const string Good = "system:\nYou are a support agent for Contoso's billing team. Help customers with invoices.\nuser:\n{{question}}\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed record Run(int Exit, List<JsonElement> Findings, string Stderr, long? PeakRssBytes);

    /// <summary>Lints <paramref name="args"/> in the case's folder through the CLI under test in a child process; the report goes to out/report.json.</summary>
    private Run Lint(params string[] args)
    {
        string report = Path.Combine(_temp.Path, "out", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        string before = Snapshot();
        bool haveTime = File.Exists("/usr/bin/time");
        string rssFile = Path.Combine(Path.GetTempPath(), "promptlint-rss-" + Guid.NewGuid().ToString("N"));
        var command = new StringBuilder("timeout 120 ");
        if (haveTime)
        {
            command.Append($"/usr/bin/time -o '{rssFile}' -f '%M' ");
        }

        command.Append($"{CliUnderTest.ShellCommand} lint {string.Join(" ", args.Select(a => "'" + a + "'"))} --format json --output '{report}'");
        var start = new ProcessStartInfo("bash", ["-c", command.ToString()]) { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PROMPTLINT_FINGERPRINT_KEY"] = "hostile-suite";
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.NotEqual(124, process.ExitCode); // timeout's exit code: the CLI hung
        long? rss = null;
        if (haveTime && File.Exists(rssFile))
        {
            string[] lines = File.ReadAllLines(rssFile);
            rss = long.Parse(lines.Last(l => l.Trim().Length > 0).Trim()) * 1024;
            File.Delete(rssFile);
        }

        // GNU time returns the command's own exit code.
        int exit = process.ExitCode;
        var findings = new List<JsonElement>();
        if (File.Exists(report))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(report));
            findings = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone()).ToList();
            File.Delete(report);
        }

        Assert.Equal(before, Snapshot()); // nothing written outside the report
        output.WriteLine($"promptlint lint {string.Join(" ", args)}: exit {exit}, peak RSS {(rss is null ? "not measured (no /usr/bin/time)" : rss / (1024 * 1024) + " MB")}");
        if (rss is { } peak)
        {
            Assert.True(peak < MaxRssBytes, $"peak RSS {peak / (1024 * 1024)} MB");
        }

        return new Run(exit, findings, stderr.Result, rss);
    }

    /// <summary>Every entry under the case's folder (not followed into links), with size and time stamp, except the report folder.</summary>
    private string Snapshot()
    {
        var lines = new List<string>();
        var pending = new Stack<string>([_temp.Path]);
        while (pending.Count > 0)
        {
            foreach (string entry in Directory.GetFileSystemEntries(pending.Pop()).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(entry);
                string relative = Path.GetRelativePath(_temp.Path, entry);
                if (relative == "out")
                {
                    continue;
                }

                bool isLink = info.LinkTarget is not null;
                lines.Add($"{relative} {(isLink ? "->" + info.LinkTarget : info.Attributes.HasFlag(FileAttributes.Directory) ? "dir" : info.Length + "@" + info.LastWriteTimeUtc.Ticks)}");
                if (!isLink && info.Attributes.HasFlag(FileAttributes.Directory))
                {
                    pending.Push(entry);
                }
            }
        }

        return string.Join("\n", lines);
    }

    private static List<string> Located(Run run, string path, string ruleId) =>
        run.Findings.Where(f => f.GetProperty("path").GetString() == path && f.GetProperty("ruleId").GetString() == ruleId)
            .Select(f => $"{f.GetProperty("region").GetProperty("startLine").GetInt32()},{f.GetProperty("region").GetProperty("startColumn").GetInt32()}")
            .ToList();

    private static string Message(Run run, string path, string ruleId) =>
        run.Findings.First(f => f.GetProperty("path").GetString() == path && f.GetProperty("ruleId").GetString() == ruleId).GetProperty("message").GetString()!;

    /// <summary>The ordinary prompt beside every hostile input: still linted (its PL1001), whatever the other file did.</summary>
    private static void AssertGoodFileLinted(Run run, string path = "good.prompty") =>
        Assert.Equal(["1,1"], Located(run, path, "PL1001"));

    private string Write(string relative, string text)
    {
        string path = _temp.Write(relative, text);
        return path;
    }

    private void WriteBytes(string relative, byte[] bytes)
    {
        string path = Path.Combine(_temp.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private void Mkfifo(string relative)
    {
        using Process p = Process.Start("mkfifo", [Path.Combine(_temp.Path, relative)]);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void Row_1_deep_yaml_nesting_in_front_matter_is_a_located_PL0014()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("d.prompty", "---\nname: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nsystem:\nhi\n");
        Run run = Lint(".");
        Assert.Equal(1, run.Exit);
        Assert.Equal(["2,70"], Located(run, "d.prompty", "PL0014"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void Row_2_deep_yaml_nesting_in_promptlint_yaml_is_a_located_PL0001_and_stops_the_run()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("promptlint.yaml", "rules: " + new string('[', 50_000) + new string(']', 50_000) + "\n");
        Run run = Lint(".");
        Assert.Equal(2, run.Exit); // documented: a malformed configuration is a usage error, nothing is linted
        Assert.Equal(["1,71"], Located(run, "promptlint.yaml", "PL0001"));
    }

    [Fact]
    public void Row_3_twenty_thousand_blocks_on_one_line_are_capped_with_a_count()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        // Addressed to a model, so a .prompt found by the walk is taken for a prompt.
        Write("blocks.prompt", "You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{{#if a}}", 20_000)) + "\n");
        Run run = Lint(".");
        Assert.Equal(1, run.Exit);
        Assert.Equal(100, Located(run, "blocks.prompt", "PL5001").Count);
        Assert.Contains("PL5001 was reported 20,001 times", Message(run, "blocks.prompt", "PL0016"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void Rows_4_and_7_symbolic_link_loops_lint_each_file_once()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("d/sub/p.prompty", Good);
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "d/sub/a"), "..");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "d/sub/b"), "..");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "d/sub/up"), "../..");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "twin.prompty"), "good.prompty");
        Run run = Lint(".");
        Assert.Equal(0, run.Exit);
        Assert.Equal(["1,1"], Located(run, "d/sub/p.prompty", "PL1001"));
        Assert.Equal(2, run.Findings.Count(f => f.GetProperty("ruleId").GetString() == "PL1001")); // good.prompty once (twin.prompty is the same file), p.prompty once
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void Row_5_a_link_to_dev_zero_is_skipped_in_a_folder_and_a_located_PL0010_when_named()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "z.prompt"), "/dev/zero");
        Run walked = Lint(".");
        Assert.Equal(0, walked.Exit);
        Assert.DoesNotContain(walked.Findings, f => f.GetProperty("path").GetString() == "z.prompt");
        AssertGoodFileLinted(walked);

        Run named = Lint("z.prompt", "good.prompty");
        Assert.Equal(1, named.Exit);
        Assert.Equal(["1,1"], Located(named, "z.prompt", "PL0010"));
        Assert.Contains("a character device, which is never opened", Message(named, "z.prompt", "PL0010"));
        AssertGoodFileLinted(named);
    }

    [Fact]
    public void Row_6_a_fifo_is_skipped_in_a_folder_and_a_located_PL0010_when_named()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Mkfifo("p.prompt");
        Run walked = Lint(".");
        Assert.Equal(0, walked.Exit);
        AssertGoodFileLinted(walked);

        Run named = Lint("p.prompt", "good.prompty");
        Assert.Equal(1, named.Exit);
        Assert.Equal(["1,1"], Located(named, "p.prompt", "PL0010"));
        Assert.Contains("a FIFO (named pipe)", Message(named, "p.prompt", "PL0010"));
    }

    [Fact]
    public void A_socket_is_skipped_in_a_folder_and_a_located_PL0010_when_named()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(_temp.Path, "s.prompt")));
        Run named = Lint(".", "s.prompt");
        Assert.Equal(1, named.Exit);
        Assert.Equal(["1,1"], Located(named, "s.prompt", "PL0010"));
        AssertGoodFileLinted(named);
    }

    [Fact]
    public void A_promptlint_yaml_that_is_a_fifo_is_a_located_PL0001_not_a_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Mkfifo("promptlint.yaml");
        Run run = Lint(".");
        Assert.Equal(2, run.Exit);
        Assert.Equal(["1,1"], Located(run, "promptlint.yaml", "PL0001"));
        Assert.Contains("FIFO", Message(run, "promptlint.yaml", "PL0001"));
    }

    [Fact]
    public void A_nul_byte_late_in_the_file_is_a_located_PL0011()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        WriteBytes("late.prompty", [.. "system:\n"u8, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("You are a bot.\n", 1000))), 0, .. "\n"u8]);
        Run run = Lint(".");
        Assert.Equal(0, run.Exit);
        Assert.Equal(["1002,1"], Located(run, "late.prompty", "PL0011"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void Invalid_utf8_is_a_PL0012_at_the_bad_byte()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        WriteBytes("latin1.prompty", [.. "system:\nYou are a caf"u8, 0xE9, .. " bot.\n"u8]);
        Run run = Lint(".");
        Assert.Equal(["2,14"], Located(run, "latin1.prompty", "PL0012"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void Cr_only_line_endings_read_like_lf()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("cr.prompty", Good.Replace("\n", "\r"));
        Run run = Lint(".");
        Assert.Equal(Located(run, "good.prompty", "PL1001"), Located(run, "cr.prompty", "PL1001"));
        Assert.Equal(
            run.Findings.Where(f => f.GetProperty("path").GetString() == "good.prompty").Select(f => f.GetProperty("ruleId").GetString() + f.GetProperty("region").GetRawText()),
            run.Findings.Where(f => f.GetProperty("path").GetString() == "cr.prompty").Select(f => f.GetProperty("ruleId").GetString() + f.GetProperty("region").GetRawText()));
    }

    [Fact]
    public void A_hundred_thousand_unclosed_openers_make_a_bounded_report()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("open.prompt", "You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{{", 100_000)) + "\n");
        Run run = Lint(".");
        Assert.Equal(1, run.Exit);
        Assert.Equal(100, Located(run, "open.prompt", "PL5001").Count);
        Assert.Contains("50,000 times", Message(run, "open.prompt", "PL0016"));
        Assert.True(run.Findings.Count < 200);
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void A_huge_file_is_a_PL0013_and_is_not_read()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("huge.prompty", "system:\n" + string.Concat(Enumerable.Repeat("word ", 2_000_000)));
        Run run = Lint(".");
        Assert.Equal(["1,1"], Located(run, "huge.prompty", "PL0013"));
        Assert.Contains("10,000,008 bytes", Message(run, "huge.prompty", "PL0013"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void A_deep_json_chat_array_is_a_located_PL0014_when_named_and_skipped_when_found()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("prompts/chat.json", new string('[', 100_000) + new string(']', 100_000));
        Run named = Lint("prompts/chat.json", "good.prompty");
        Assert.Equal(1, named.Exit);
        Assert.Equal(["1,66"], Located(named, "prompts/chat.json", "PL0014"));
        AssertGoodFileLinted(named);

        Run walked = Lint(".");
        Assert.DoesNotContain(walked.Findings, f => f.GetProperty("path").GetString() == "prompts/chat.json"); // a generic name that does not parse is no prompt
        AssertGoodFileLinted(walked);
    }

    [Fact]
    public void A_deep_yaml_template_and_an_alias_bomb_are_handled()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        var yaml = new StringBuilder("template: hi\nx:\n");
        for (int depth = 0; depth < 200; depth++)
        {
            yaml.Append(' ', depth).Append("a:\n");
        }

        Write("deep.yaml", yaml.ToString());
        var bomb = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++)
        {
            bomb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        Write("bomb.prompty", bomb + "---\nsystem:\nYou are a bot.\n");
        Run run = Lint("deep.yaml", "bomb.prompty", "good.prompty");
        Assert.Equal(1, run.Exit);
        Assert.Single(Located(run, "deep.yaml", "PL0014"));
        Assert.Empty(Located(run, "bomb.prompty", "PL0014"));
        Assert.Single(Located(run, "bomb.prompty", "PL1002")); // read and linted (a thin prompt: PL1002 alone): the aliases are shared, never expanded
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void Deep_template_nesting_in_the_new_formats_is_located_and_bounded()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Write("deep.scriban", "You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{{ if a }}", 100_000)) + "\n");
        Write("deep.liquid", "You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{% if a %}", 100_000)) + "\n");
        Write("parens.scriban", "You are a bot. Respond in JSON.\n{{ " + new string('(', 100_000) + "1" + new string(')', 100_000) + " }}\n");
        Write("open.poml", "<poml>" + string.Concat(Enumerable.Repeat("<role>", 100_000)) + "</poml>\n");
        Write("nested.poml", "<poml><role>You are a bot.</role>" + string.Concat(Enumerable.Repeat("<p>", 50_000)) + "x" + string.Concat(Enumerable.Repeat("</p>", 50_000)) + "</poml>\n");
        // One run per file: each case is measured on its own (a 1 MB file of 100,000 blocks peaks near 140 MB).
        foreach (string file in new[] { "deep.scriban", "deep.liquid", "parens.scriban" })
        {
            Run deep = Lint(file, "good.prompty");
            Assert.Equal(1, deep.Exit);
            Assert.Single(Located(deep, file, "PL0014"));
            AssertGoodFileLinted(deep);
        }

        Run open = Lint("open.poml", "good.prompty");
        Assert.Equal(100, Located(open, "open.poml", "PL0014").Count);
        Assert.Contains("100,000 times", Message(open, "open.poml", "PL0016"));
        Run run = Lint("nested.poml", "good.prompty");
        Assert.Empty(Located(run, "nested.poml", "PL0014"));
        AssertGoodFileLinted(run);
    }

    [Fact]
    public void A_baseline_that_is_a_fifo_is_a_usage_error_not_a_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("good.prompty", Good);
        Mkfifo("promptlint.baseline.json");
        Run read = Lint(".");
        Assert.Equal(2, read.Exit);
        Assert.Contains("cannot be read as a baseline", read.Stderr);
        Run update = Lint(".", "--update-baseline");
        Assert.Equal(2, update.Exit);
        Assert.Contains("not a regular file", update.Stderr);
    }
}
