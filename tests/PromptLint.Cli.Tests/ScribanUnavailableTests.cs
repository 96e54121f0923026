using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PromptLint.Cli.Tests;

/// <summary>
/// Where Scriban cannot load (a host that lacks the assembly or a dependency of it), Scriban and Liquid templates are
/// still linted, by the template scanner, and nothing crashes: the CLI runs from a copy of its output without Scriban.
/// </summary>
public sealed class ScribanUnavailableTests
{
    [Fact]
    public void Without_Scriban_the_template_scanner_reports_the_template_errors()
    {
        using var temp = new TempFolder();
        string cli = Path.Combine(temp.Path, "cli");
        string built = Path.GetDirectoryName(typeof(CommandLine).Assembly.Location)!;
        Directory.CreateDirectory(cli);
        foreach (string file in Directory.EnumerateFiles(built).Where(f => !Path.GetFileName(f).StartsWith("Scriban", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(cli, Path.GetFileName(file)));
        }

        string depsPath = Path.Combine(cli, "promptlint.deps.json");
        JsonNode deps = JsonNode.Parse(File.ReadAllText(depsPath))!;
        foreach (JsonObject group in deps["targets"]!.AsObject().Select(t => t.Value!.AsObject()).Append(deps["libraries"]!.AsObject()))
        {
            foreach (string key in group.Select(p => p.Key).Where(k => k.StartsWith("Scriban", StringComparison.Ordinal)).ToList())
            {
                group.Remove(key);
            }

            foreach (JsonObject library in group.Select(p => p.Value).OfType<JsonObject>())
            {
                (library["dependencies"] as JsonObject)?.Remove("Scriban.Signed");
            }
        }

        File.WriteAllText(depsPath, deps.ToJsonString());
        temp.Write("prompts/notes.scriban", "system:\nYou write release notes. Respond with a Markdown list.\n{{ for c in changes }}- {{ c.title }}\n{{ end }}{{ end }}\n");

        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(cli, "promptlint.dll")}\" lint prompts") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("prompts/notes.scriban(4,10): error PL5001: '{{ end }}' closes a block that was never opened", stdout);
        Assert.DoesNotContain("Exception", stderr);
    }
}
