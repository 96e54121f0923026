using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using PromptLint.Cli.Tests.Ladder;
using Xunit.Abstractions;

namespace PromptLint.Cli.Tests;

/// <summary>
/// The Native AOT build of promptlint (what <c>dotnet tool install</c> gives on linux-x64) is held to this whole suite,
/// so the JIT and native builds cannot drift: it is published from the repository into a folder of its own, and the
/// suite runs again with <see cref="CliUnderTest.Variable"/> naming it (through a wrapper that counts its runs).
/// </summary>
public sealed class NativeAotSuiteTests(ITestOutputHelper output)
{
    [NativeAotFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_whole_cli_suite_passes_against_the_native_aot_binary()
    {
        using var temp = new TempFolder();
        string binary = Publish(temp.Path);
        Assert.True(IsElf(binary), $"{binary} is not a native executable");
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(binary)!, "promptlint.dll")), "the native publish holds a managed promptlint.dll");
        string runs = Path.Combine(temp.Path, "runs.log");
        string wrapper = temp.Write("promptlint-counted", $"#!/bin/sh\necho run >> '{runs}'\nexec '{binary}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (exit, log) = Dotnet(temp.Path, $"test \"{typeof(NativeAotSuiteTests).Assembly.Location}\"", (CliUnderTest.Variable, wrapper));

        output.WriteLine(Tail(log));
        Assert.True(exit == 0, "the suite failed against the native binary:\n" + Tail(log));
        Match summary = Regex.Match(log, @"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+)");
        Assert.True(summary.Success, "no test summary:\n" + Tail(log));
        Assert.Equal("0", summary.Groups["failed"].Value);
        Assert.True(int.Parse(summary.Groups["passed"].Value) > 0);
        Assert.True(File.Exists(runs) && File.ReadAllLines(runs).Length > 0, "the suite never ran the native binary");
    }

    /// <summary>Publishes the CLI for linux-x64 (Native AOT, the project's setting) with its own artifacts folder, so the build under test stays untouched.</summary>
    private static string Publish(string folder)
    {
        string outputFolder = Path.Combine(folder, "native");
        var (exit, log) = Dotnet(
            CliRunner.RepoRoot,
            $"publish src/PromptLint.Cli -c Release -r linux-x64 -o \"{outputFolder}\" -nodeReuse:false -p:UseSharedCompilation=false -p:ArtifactsPath=\"{Path.Combine(folder, "artifacts")}\"");
        string binary = Path.Combine(outputFolder, "promptlint");
        Assert.True(exit == 0 && File.Exists(binary), "the Native AOT publish failed:\n" + Tail(log));
        return binary;
    }

    private static bool IsElf(string path)
    {
        byte[] magic = new byte[4];
        using FileStream file = File.OpenRead(path);
        return file.Read(magic) == 4 && magic.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
    }

    private static (int Exit, string Log) Dotnet(string workingDirectory, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return (process.ExitCode, log.ToString());
    }

    private static string Tail(string log) => log.Length <= 8000 ? log : "…" + log[^8000..];
}

/// <summary>
/// A fact that builds the Native AOT binary: it runs on linux-x64 (the runtime the tool is packed natively for), not
/// inside the native run itself, and needs a C toolchain, whose absence fails in CI (<c>CI=true</c>) and skips elsewhere.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        Skip = SkipReason;
        DisplayName = ChromiumFactAttribute.SkippedName(file, test, Skip);
    }

    internal static string? SkipReason
    {
        get
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            {
                return $"the tool is packed as Native AOT for linux-x64 only; this machine is {RuntimeInformation.RuntimeIdentifier}";
            }

            if (CliUnderTest.Executable is not null)
            {
                return $"this run already tests the binary {CliUnderTest.Variable} names";
            }

            bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            return ci || OnPath("clang") || OnPath("gcc") ? null : "Native AOT links with clang or gcc, and neither is on PATH (.ci/run installs clang); skipped outside CI";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}
