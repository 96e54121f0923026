using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PromptLint.MSBuild;

namespace PromptLint.Hosts.Tests;

/// <summary>
/// The ladder report from the CLI and from the MSBuild task over the same prompt files: the same facts, rungs,
/// models and next steps; only the token counter differs (exact tiktoken in the CLI, the calibrated estimate in the
/// task), and the estimate stays within 10 % of the exact count.
/// </summary>
public sealed class LadderHostsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void The_cli_and_the_task_report_the_same_ladder()
    {
        string root = PromptLint.Tests.Shared.RepositoryRoot.Path;
        var stdout = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, PromptLint.Cli.CommandLine.Run(["ladder", "prompts-examples", "--format", "json"], stdout, new StringWriter(), root));
        using JsonDocument cli = JsonDocument.Parse(stdout.ToString());

        string project = Path.Combine(root, "prompts-examples");
        string report = Path.Combine(Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N"), "ladder.json");
        var files = cli.RootElement.GetProperty("prompts").EnumerateArray().Select(p => Path.GetFullPath(Path.Combine(root, p.GetProperty("path").GetString()!))).ToList();
        var task = new WritePromptLintLadderReport
        {
            BuildEngine = new QuietBuildEngine(),
            Files = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
            ProjectDirectory = project,
            OutputFile = report,
        };
        Assert.True(task.Execute());
        using JsonDocument fromTask = JsonDocument.Parse(File.ReadAllText(report));

        var byPath = fromTask.RootElement.GetProperty("prompts").EnumerateArray().ToDictionary(p => "prompts-examples/" + p.GetProperty("path").GetString());
        Assert.Equal(files.Count, byPath.Count);
        var errors = new List<double>();
        foreach (JsonElement c in cli.RootElement.GetProperty("prompts").EnumerateArray())
        {
            JsonElement t = byPath[c.GetProperty("path").GetString()!];
            foreach (string key in new[] { "rung", "skippedRungs", "hasInstructions", "hasFormatSpec", "hasRole", "examples", "pastedKnowledge", "model", "fineTuned", "evidence", "nextStep" })
            {
                Assert.True(c.GetProperty(key).GetRawText() == t.GetProperty(key).GetRawText(), $"{c.GetProperty("path")}: {key} {c.GetProperty(key)} (CLI) vs {t.GetProperty(key)} (task)");
            }

            Assert.Equal("estimate", t.GetProperty("tokens").GetProperty("counter").GetString());
            Assert.True(c.GetProperty("tokens").GetProperty("exact").GetBoolean());
            double exact = c.GetProperty("tokens").GetProperty("count").GetInt32(), estimate = t.GetProperty("tokens").GetProperty("count").GetInt32();
            errors.Add((estimate - exact) / exact);
        }

        Assert.All(errors, e => Assert.InRange(e, -0.10, 0.10));
        output.WriteLine($"estimate vs exact over {errors.Count} prompts: mean {errors.Average():P1}, mean absolute {errors.Average(Math.Abs):P1}, worst {errors.MaxBy(Math.Abs):P1}");

        // The CLI walked prompts-examples, so it read every promptlint.yaml under it (fine-tune-app's too, which holds
        // no prompt file); the task reads the configurations of its files and its project folder. Whatever it reports, the CLI does.
        string[] cliFineTunes = cli.RootElement.GetProperty("fineTunes").EnumerateArray().Select(f => f.GetProperty("model").GetString()!).ToArray();
        Assert.All(fromTask.RootElement.GetProperty("fineTunes").EnumerateArray(), f => Assert.Contains(f.GetProperty("model").GetString(), cliFineTunes));
    }

    /// <summary>A build engine that keeps the errors, so a failing task says why.</summary>
    private sealed class QuietBuildEngine : IBuildEngine
    {
        public List<string> Errors { get; } = new();

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => string.Empty;

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e.Message ?? string.Empty);

        public void LogWarningEvent(BuildWarningEventArgs e)
        {
        }

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;
    }
}
