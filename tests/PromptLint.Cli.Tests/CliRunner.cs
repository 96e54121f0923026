using PromptLint.Cli;

namespace PromptLint.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output; paths resolve against <paramref name="workingDirectory"/>.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithInput(workingDirectory, Stream.Null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string workingDirectory, Stream stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = CommandLine.Run(args, stdout, stderr, workingDirectory, stdin);
        return (exit, stdout.ToString(), stderr.ToString());
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
