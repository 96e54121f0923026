namespace PromptLint.Package.Tests;

/// <summary>
/// The ladder report from the MSBuild task, through the packed package: written only when the build asks with
/// PromptLintLadderReport, in the format of the file's extension, with the task's token counter (the estimate).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LadderReportThroughPackageTests(PackedPackage package)
{
    private const string Classifier = """
        ---
        name: ticket-classifier
        model:
          api: chat
          configuration:
            name: gpt-4o-mini
        ---
        system:
        You are a support-ticket router for Fabrikam's help desk. Choose exactly one queue: billing, shipping or other.
        Respond with JSON only: {"queue": "<queue>"}

        Input: I was charged twice.
        Output: {"queue": "billing"}

        Input: Where is my parcel?
        Output: {"queue": "shipping"}

        Input: Thanks for the help!
        Output: {"queue": "other"}

        user:
        {{ticket}}
        """;

    [Fact]
    public void The_report_is_written_on_request_only()
    {
        string ws = package.NewCSharpProject();
        File.WriteAllText(Path.Combine(ws, "promptlint.yaml"), "root: true\nusage:\n  prompts:\n    \"prompts/**\":\n      callsPerDay: 50000\n");
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "ticket-classifier.prompty"), Classifier);

        var (exit, output) = package.Build(ws);
        Assert.True(exit == 0, output);
        Assert.Empty(Directory.EnumerateFiles(ws, "ladder*", SearchOption.AllDirectories));

        (exit, output) = package.Build(ws, "-p:PromptLintLadderReport=reports/ladder.md");
        Assert.True(exit == 0, output);
        string markdown = File.ReadAllText(Path.Combine(ws, "reports", "ladder.md"));
        Assert.StartsWith("## PromptLint ladder report", markdown);
        string row = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| `prompts/ticket-classifier.prompty` |", StringComparison.Ordinal));
        Assert.Contains("| 2 few-shot | yes | yes | 3 | no | no | `gpt-4o-mini` |", row); // pasted knowledge (PL3001), current facts (PL3002)
        Assert.Matches(@"\| [\d,]+~ \(estimate\) \| [\d,]+ \| \$\d+\.\d\d \| \$[\d,]+\.\d\d \|", row); // tokens, tokens/day, daily and yearly overhead
        Assert.Contains("Tokens: estimate (~ calibrated o200k_base estimate, ±10%)", markdown);

        (exit, output) = package.Build(ws, "-p:PromptLintLadderReport=reports/ladder.html");
        Assert.True(exit == 0, output);
        string html = File.ReadAllText(Path.Combine(ws, "reports", "ladder.html"));
        Assert.Contains("<svg id=\"cost-chart\"", html);
        Assert.Contains("prompts/ticket-classifier.prompty", html);
    }
}
