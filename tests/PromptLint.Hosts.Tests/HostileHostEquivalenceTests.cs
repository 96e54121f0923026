using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PromptLint.Hosts.Tests;

/// <summary>
/// Broken and hostile prompt files give the same PL0011/PL0012/PL0013/PL0014/PL5001/PL0016 at the same positions in
/// the CLI, the analyzer and the MSBuild task. The analyzer gets its text the way csc hands it over: a strict UTF-8
/// decode, and when that fails, UTF-8 with replacement characters (what Roslyn falls back to on .NET).
/// </summary>
public sealed class HostileHostEquivalenceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N"));

    public HostileHostEquivalenceTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Write("good.prompty", "system:\nYou are a support agent for Contoso's billing team.\nuser:\n{{question}}\n"u8.ToArray());
        Write("late-nul.prompty", [.. "system:\n"u8, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("You are a bot.\n", 1000))), 0, .. "\n"u8]);
        Write("latin1.prompty", [.. "system:\nYou are a caf"u8, 0xE9, .. " bot.\n"u8]);
        Write("cr-only.prompty", "---\rname: x\r---\rsystem:\rYou help customers with their orders, refunds and deliveries, and keep every reply calm.\ruser:\r{{q}}\r"u8.ToArray());
        Write("deep.prompty", Encoding.UTF8.GetBytes("---\nname: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nsystem:\nhi\n"));
        Write("open.prompt", Encoding.UTF8.GetBytes("You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{{", 100_000)) + "\n"));
        Write("huge.prompty", Encoding.UTF8.GetBytes("system:\n" + string.Concat(Enumerable.Repeat("word ", 300_000))));
    }

    [Fact]
    public void The_cli_the_analyzer_and_the_task_answer_hostile_files_alike()
    {
        List<string> cli = HostRunners.Cli(_root);
        List<string> analyzer = HostRunners.Analyzer(_root, Files(), path => new CompilerLikeText(path));
        List<string> task = HostRunners.Task(_root, Files());

        Assert.Contains("late-nul.prompty(1002,1) warning PL0011", cli);
        Assert.Contains("latin1.prompty(2,14) warning PL0012", cli);
        Assert.Contains("deep.prompty(2,70) error PL0014", cli);
        Assert.Contains("huge.prompty(1,1) warning PL0013", cli);
        Assert.Contains("cr-only.prompty(4,1) warning PL1001", cli);
        Assert.Equal(100, cli.Count(f => f.StartsWith("open.prompt(", StringComparison.Ordinal) && f.EndsWith("PL5001", StringComparison.Ordinal)));
        Assert.Single(cli, f => f.StartsWith("open.prompt(", StringComparison.Ordinal) && f.EndsWith("PL0016", StringComparison.Ordinal));
        Assert.Equal(cli, analyzer);
        Assert.Equal(cli, task);
    }

    private IEnumerable<string> Files() =>
        Directory.EnumerateFiles(_root, "*.prompt*").Order(StringComparer.Ordinal);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_root, name), bytes);

    /// <summary>An AdditionalText decoded as csc decodes one (Roslyn's EncodedStringText on .NET).</summary>
    private sealed class CompilerLikeText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            byte[] bytes = File.ReadAllBytes(path);
            try
            {
                return SourceText.From(bytes, bytes.Length, new UTF8Encoding(false, throwOnInvalidBytes: true), throwIfBinaryDetected: false);
            }
            catch (DecoderFallbackException)
            {
                return SourceText.From(bytes, bytes.Length, new UTF8Encoding(false, throwOnInvalidBytes: false), throwIfBinaryDetected: false);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
