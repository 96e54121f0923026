using System.Diagnostics;
using PromptLint.Cli;

namespace PromptLint.Cli.Tests;

/// <summary>
/// Which promptlint the suite runs: by default the build this assembly references (in-process through
/// <see cref="CliRunner"/>, or <c>dotnet promptlint.dll</c> where a test needs a child process); with
/// <see cref="Variable"/> naming an executable, that executable for every run. <see cref="NativeAotSuiteTests"/> sets it
/// to the Native AOT binary and runs this whole suite again, so the JIT and native builds are held to the same tests.
/// </summary>
internal static class CliUnderTest
{
    public const string Variable = "PROMPTLINT_CLI_UNDER_TEST";

    /// <summary>The executable named by <see cref="Variable"/>, or null when the suite runs the referenced build.</summary>
    public static string? Executable { get; } = Named(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The command line that starts promptlint, quoted for <c>bash -c</c>.</summary>
    public static string ShellCommand => Executable is { } exe ? $"'{exe}'" : $"dotnet '{ManagedEntryPoint}'";

    /// <summary>A start for promptlint with <paramref name="args"/> in <paramref name="workingDirectory"/>, every stream redirected.</summary>
    public static ProcessStartInfo Start(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Executable is null)
        {
            start.ArgumentList.Add(ManagedEntryPoint);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static string ManagedEntryPoint => typeof(CommandLine).Assembly.Location;

    private static string? Named(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        string full = Path.GetFullPath(value);
        return File.Exists(full) ? full : throw new InvalidOperationException($"{Variable} names '{value}', which does not exist");
    }
}
