using System.Diagnostics;
using PromptLint.Cli;

namespace PromptLint.Cli.Tests;

/// <summary>
/// Runs the CLI with captured output; paths resolve against <paramref name="workingDirectory"/>. In-process by default;
/// as a child process when <see cref="CliUnderTest.Executable"/> names a binary (the Native AOT run of the suite).
/// </summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithInput(workingDirectory, Stream.Null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string workingDirectory, Stream stdin, params string[] args)
    {
        if (CliUnderTest.Executable is not null)
        {
            return RunChild(workingDirectory, stdin, args);
        }

        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = CommandLine.Run(args, stdout, stderr, workingDirectory, stdin);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The same run in a child process. Standard input is fed on its own task; the child may stop reading (a size
    /// limit, or no stdin at all), which ends the feed with a broken pipe.
    /// </summary>
    private static (int ExitCode, string Stdout, string Stderr) RunChild(string workingDirectory, Stream stdin, string[] args)
    {
        using Process process = Process.Start(CliUnderTest.Start(workingDirectory, args))!;
        Task feed = Task.Run(() => Feed(stdin, process.StandardInput.BaseStream));
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        feed.Wait();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static void Feed(Stream from, Stream to)
    {
        try
        {
            from.CopyTo(to);
            to.Close();
        }
        catch (IOException)
        {
        }
    }

    public static string RepoRoot => PromptLint.Tests.Shared.RepositoryRoot.Path;

    /// <summary>
    /// Fingerprints are keyed with a random key per run unless a baseline or this variable gives one; the tests fix it
    /// so golden files stay the same (a test of the run-only key passes its own environment to FingerprintKey.ForRun).
    /// </summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void FixFingerprintKey() => Environment.SetEnvironmentVariable("PROMPTLINT_FINGERPRINT_KEY", "promptlint-tests");
}

/// <summary>
/// A temporary folder deleted after the test. It holds an empty <c>.git</c> folder, so configuration discovery
/// treats it as a repository root and never reads a promptlint.yaml from the machine's temp folder.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(System.IO.Path.Combine(Path, ".git"));

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N"));

    public string Write(string relative, string text)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
