using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>
/// Issue #8's hostile inputs through <c>dotnet build</c> with the packed package, in a C# project (the analyzer
/// inside csc, plus the task that keeps FIFOs and devices away from csc) and in an F# project (the MSBuild task):
/// no hang (a generous timeout is the only guard), no crash of csc or MSBuild, the same located findings in both,
/// and the ordinary prompt still linted. The build's peak memory (every process of it) is measured with GNU time.
/// Unix only. The cases are listed in docs/reliability.md.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HostileInputBuildTests(PackedPackage package, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>The whole build's peak, MSBuild and csc included; the lint alone is measured by the CLI suite (under 300 MB).</summary>
    private const long MaxBuildRssBytes = 600L * 1024 * 1024;

    private static readonly string[] Expected =
    [
        "explicit/pipe.prompty(1,1) error PL0010",
        "explicit/zero.prompty(1,1) error PL0010",
        // The three linted prompts are short fixtures: a thin prompt gets PL1002 alone.
        "loop/sub/p.prompt(1,1) warning PL1002",
        "prompts/cr-only.prompty(4,1) warning PL1002",
        "prompts/good.prompty(1,1) warning PL1002",
        "prompts/huge.prompty(1,1) warning PL0013",
        "prompts/late-nul.prompty(1002,1) warning PL0011",
        "prompts/latin1.prompty(2,14) warning PL0012",
        "prompts/r1-deep.prompty(2,70) error PL0014",
    ];

    private string Workspace(string language)
    {
        string ws = package.NewWorkspace();
        string items = """<ItemGroup><PromptLintFile Include="explicit/zero.prompty;explicit/pipe.prompty" /></ItemGroup>""";
        if (language == "cs")
        {
            File.WriteAllText(Path.Combine(ws, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="PromptLint" Version="{package.Version}" /></ItemGroup>
                  {items}
                </Project>
                """);
            File.WriteAllText(Path.Combine(ws, "C.cs"), "public class C { }");
        }
        else
        {
            File.WriteAllText(Path.Combine(ws, "Lib.fsproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><Compile Include="Library.fs" /></ItemGroup>
                  <ItemGroup><PackageReference Include="PromptLint" Version="{package.Version}" /></ItemGroup>
                  {items}
                </Project>
                """);
            File.WriteAllText(Path.Combine(ws, "Library.fs"), "module Library\nlet answer = 42\n");
        }

        return ws;
    }

    private static void Write(string ws, string relative, string text) => WriteBytes(ws, relative, Encoding.UTF8.GetBytes(text));

    private static void WriteBytes(string ws, string relative, byte[] bytes)
    {
        string path = Path.Combine(ws, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void Mkfifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using Process p = Process.Start("mkfifo", [path]);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    private static void HostileFiles(string ws)
    {
        Write(ws, "prompts/good.prompty", "system:\nYou are a support agent. Help customers.\nuser:\n{{q}}\n");
        Write(ws, "prompts/r1-deep.prompty", "---\nname: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nsystem:\nhi\n");
        // Addressed to a model, so the default globs take these .prompt files for prompts.
        Write(ws, "prompts/r3-blocks.prompt", "You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{{#if a}}", 20_000)) + "\n");
        Write(ws, "prompts/unclosed.prompt", "You are a bot. Respond in JSON.\n" + string.Concat(Enumerable.Repeat("{{", 100_000)) + "\n");
        WriteBytes(ws, "prompts/late-nul.prompty", [.. "system:\n"u8, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("You are a bot.\n", 1000))), 0, .. "\n"u8]);
        WriteBytes(ws, "prompts/latin1.prompty", [.. "system:\nYou are a caf"u8, 0xE9, .. " bot.\n"u8]);
        Write(ws, "prompts/cr-only.prompty", "---\rname: x\r---\rsystem:\rYou help.\ruser:\r{{q}}\r");
        Write(ws, "prompts/huge.prompty", "system:\n" + string.Concat(Enumerable.Repeat("word ", 1_200_000)));
        Write(ws, "prompts/deep-chat.json", new string('[', 100_000) + new string(']', 100_000));
        var yaml = new StringBuilder("template: hi\nx:\n");
        for (int depth = 0; depth < 200; depth++)
        {
            yaml.Append(' ', depth).Append("a:\n");
        }

        Write(ws, "prompts/deep-template.yaml", yaml.ToString());
        Write(ws, "loop/sub/p.prompt", "You are a bot.\n");
        File.CreateSymbolicLink(Path.Combine(ws, "loop/sub/a"), "..");
        File.CreateSymbolicLink(Path.Combine(ws, "loop/sub/b"), "..");
        File.CreateSymbolicLink(Path.Combine(ws, "loop/sub/up"), "..");
        File.CreateSymbolicLink(Path.Combine(ws, "prompts/zero.prompty"), "/dev/zero");
        Mkfifo(Path.Combine(ws, "prompts/pipe.prompty"));
        Directory.CreateDirectory(Path.Combine(ws, "explicit"));
        File.CreateSymbolicLink(Path.Combine(ws, "explicit/zero.prompty"), "/dev/zero");
        Mkfifo(Path.Combine(ws, "explicit/pipe.prompty"));
    }

    /// <summary><c>dotnet build</c> under GNU time (when present) and a 10-minute hang guard.</summary>
    private (int Exit, string Output, long? PeakRss) Build(string ws)
    {
        string rssFile = Path.Combine(ws, "..", Path.GetFileName(ws) + ".rss");
        string time = File.Exists("/usr/bin/time") ? $"/usr/bin/time -o '{rssFile}' -f '%M' " : "";
        var (exit, log) = PackedPackage.Run(ws, "--version", package.Cache) is { Exit: 0 }
            ? RunBash(ws, $"timeout 600 {time}dotnet build -nodeReuse:false -p:UseSharedCompilation=false -clp:NoSummary")
            : (-1, "dotnet --version failed");
        Assert.NotEqual(124, exit); // the hang guard fired
        long? rss = File.Exists(rssFile) ? long.Parse(File.ReadAllLines(rssFile).Last(l => l.Trim().Length > 0).Trim()) * 1024 : null;
        output.WriteLine($"{Path.GetFileName(ws)}: exit {exit}, build peak RSS {(rss is null ? "not measured" : rss / (1024 * 1024) + " MB")}");
        return (exit, log, rss);
    }

    private (int, string) RunBash(string ws, string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = ws, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NUGET_PACKAGES"] = package.Cache;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static List<string> Findings(string output, string ws) =>
        Regex.Matches(output, @"^\s*(?<file>/[^(\s]+)\((?<line>\d+),(?<col>\d+)\): (?<sev>warning|error) (?<id>PL\d{4}):", RegexOptions.Multiline)
            .Select(m => $"{Path.GetRelativePath(ws, m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static void AssertNoCrash(string output)
    {
        Assert.DoesNotContain("AD0001", output);
        Assert.DoesNotContain("MSB4018", output); // a task failed unexpectedly
        Assert.DoesNotContain("Stack overflow", output);
        Assert.DoesNotContain("OutOfMemory", output);
        Assert.DoesNotContain("MSB4166", output); // a child node exited prematurely
    }

    [Theory]
    [InlineData("cs")]
    [InlineData("fs")]
    public void Every_hostile_input_gives_a_located_finding_or_a_documented_skip(string language)
    {
        if (OperatingSystem.IsWindows()) return;
        string ws = Workspace(language);
        HostileFiles(ws);

        var (exit, log, rss) = Build(ws);

        AssertNoCrash(log);
        Assert.Equal(1, exit); // PL0010, PL0014 and PL5001 are errors
        List<string> findings = Findings(log, ws);
        foreach (string expected in Expected)
        {
            Assert.Contains(expected, findings);
        }

        // 20,000 blocks and 100,000 openers: a hundred PL5001 each (the rest counted by an info PL0016).
        // (Positions are compared, and the depth finding shares its tag's position with that tag's "never closed".)
        Assert.Equal(99, findings.Count(f => f.StartsWith("prompts/r3-blocks.prompt(", StringComparison.Ordinal) && f.EndsWith("PL5001", StringComparison.Ordinal)));
        Assert.Equal(100, findings.Count(f => f.StartsWith("prompts/unclosed.prompt(", StringComparison.Ordinal) && f.EndsWith("PL5001", StringComparison.Ordinal)));
        // Documented skips: special files found by the default globs, and generic names (.json, .yaml) that do not parse.
        Assert.DoesNotContain(findings, f => f.StartsWith("prompts/zero.prompty", StringComparison.Ordinal) || f.StartsWith("prompts/pipe.prompty", StringComparison.Ordinal)
            || f.StartsWith("prompts/deep-", StringComparison.Ordinal) || f.StartsWith("loop/sub/a/", StringComparison.Ordinal));
        if (rss is { } peak)
        {
            Assert.True(peak < MaxBuildRssBytes, $"build peak RSS {peak / (1024 * 1024)} MB");
        }
    }

    [Theory]
    [InlineData("cs")]
    [InlineData("fs")]
    public void Row_2_deep_nesting_in_promptlint_yaml_fails_the_build_with_a_located_PL0001(string language)
    {
        if (OperatingSystem.IsWindows()) return;
        string ws = Workspace(language);
        Write(ws, "prompts/good.prompty", "system:\nYou are a support agent. Help customers.\nuser:\n{{q}}\n");
        Write(ws, "promptlint.yaml", "rules: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var (exit, log, _) = Build(ws);

        AssertNoCrash(log);
        Assert.Equal(1, exit);
        Assert.Contains("promptlint.yaml(1,71) error PL0001", Findings(log, ws));
    }
}
