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
            "Program.cs:14 PL4015",   // triage fine-tune: a baseline and an evaluation, no general-ability eval
            "Program.cs:17 PL4001",   // fine-tune without a declared baseline
            "Program.cs:25 PL1001",   // Answer: no output format
            "Program.cs:25 PL2001",   //   and no examples
            "Program.cs:54 PL2001",   // DraftReply: no examples
            "Program.cs:54 PL5004",   //   and the customer's text undelimited in the instructions
            "Program.cs:61 PL2001",   // DraftReplyFixed: the PL5004 code fix applied; no examples still
            "Program.cs:75 PL1001",   // Returns: a constant passed through the CreateAgent helper
            "Program.cs:75 PL2001",
            "Program.cs:81 PL1001",   // Summarizer: StringBuilder, reported at the first append
            "Program.cs:81 PL2001",
            "SemanticKernelReplies.cs:11 PL5007", // Apology: the skprompt.txt reads {{$issue}}, the arguments set 'isue'
            "SemanticKernelReplies.cs:22 PL5009", // a misspelt prompt path (PL5008 on 'isue' is info: not printed)
            "SemanticKernelReplies.cs:31 PL5007", // ApologyByName: kernel.InvokeAsync("Replies", "Apology", …) without 'issue'
            "SemanticKernelReplies.cs:43 PL5009", // a misspelt embedded resource name
            "prompts/order-status.prompty:12 PL1001",
            "prompts/order-status.prompty:12 PL2001",
        ];
        Assert.Equal(expected, findings);
    }

    private static string RepoRoot() => PromptLint.Tests.Shared.RepositoryRoot.Path;
}
