using System.Diagnostics;
using System.Text.Json;

namespace PromptLint.Cli.Tests;

/// <summary>
/// Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, pinned in tests/tools/package.json). The binary
/// is called directly (the npm wrapper passes arguments through a shell). When it is not installed yet the
/// tests install it with <c>npm ci</c>, as .ci/run does.
/// </summary>
internal static class SarifMultitool
{
    private static readonly Lazy<string> Binary = new(Locate);

    /// <summary>Validates a SARIF file with the SARIF and GitHub rule sets; returns the error- and warning-level results.</summary>
    public static List<string> Validate(string sarifPath)
    {
        string output = Path.Combine(Path.GetDirectoryName(sarifPath)!, "validation.sarif");
        var (exit, text) = Run(Binary.Value, $"validate \"{sarifPath}\" -o \"{output}\" --rule-kind \"Sarif;Gh\" --level \"Error;Warning;Note\"");
        Assert.True(exit == 0 && File.Exists(output), $"Sarif.Multitool failed ({exit}):\n{text}");
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        return doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            // A result without "level" is a warning (SARIF 2.1.0, 3.27.10).
            .Where(r => (r.TryGetProperty("level", out JsonElement level) ? level.GetString() : "warning") is "error" or "warning")
            .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("message").ToString())
            .ToList();
    }

    private static string Locate()
    {
        string tools = Path.Combine(CliRunner.RepoRoot, "tests", "tools");
        string platform = OperatingSystem.IsWindows() ? "sarif-multitool-win32" : OperatingSystem.IsMacOS() ? "sarif-multitool-darwin" : "sarif-multitool-linux";
        string binary = Path.Combine(tools, "node_modules", "@microsoft", platform, OperatingSystem.IsWindows() ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        if (!File.Exists(binary))
        {
            var (exit, text) = Run("npm", $"ci --prefix \"{tools}\" --no-audit --no-fund");
            Assert.True(exit == 0 && File.Exists(binary), $"could not install the SARIF Multitool with npm ci in tests/tools ({exit}):\n{text}");
        }

        if (!OperatingSystem.IsWindows())
        {
            // npm does not run the package's chmod install script here.
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        }

        return binary;
    }

    private static (int Exit, string Output) Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
