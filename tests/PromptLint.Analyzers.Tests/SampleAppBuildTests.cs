using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// End to end: `dotnet build` of prompts-examples/csharp-app (analyzer through a project reference) prints the
/// expected PromptLint warnings, each once, in the compiler's canonical format with the right file and line.
/// </summary>
public sealed class SampleAppBuildTests
{
    [Fact]
    public void Building_the_sample_app_reports_the_expected_findings()
    {
        string root = RepoRoot();
        var start = new ProcessStartInfo("dotnet", "build prompts-examples/csharp-app --no-incremental -nodeReuse:false -p:UseSharedCompilation=false -clp:NoSummary")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output);
        var findings = Regex.Matches(output, @"prompts-examples/csharp-app/(?<file>[^(\s]+)\((?<line>\d+),\d+\): warning (?<id>PL\d{4}):")
            .Select(m => $"{m.Groups["file"].Value}:{m.Groups["line"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        string[] expected =
        [
            "Program.cs:16 PL4001",
            "Program.cs:24 PL1001",
            "Program.cs:24 PL2001",
            "Program.cs:53 PL2001",
            "Program.cs:53 PL5004",
            "prompts/order-status.prompty:12 PL1001",
            "prompts/order-status.prompty:12 PL2001",
        ];
        Assert.Equal(expected, findings);
    }

    private static string RepoRoot() => PromptLint.Tests.Shared.RepositoryRoot.Path;
}
