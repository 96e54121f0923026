using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>
/// Scriban.Signed ships beside the analyzer and the task: a real `dotnet build` reports Scriban's own syntax error at its
/// position, through the analyzer (C#) and through the task (F#), and the analyzer loads cleanly.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ScribanThroughPackageTests(PackedPackage package)
{
    // Line 4 closes a block that was never opened: Scriban reports it at the 'end' keyword's last letter (column 6).
    private const string BrokenScriban = "system:\nYou are a release-notes writer. Respond with a Markdown list.\n{{ for change in changes }}- {{ change.title }}\n{{ end }}{{ end }}\n";

    // Line 3 closes a for loop that was never opened; Scriban's Liquid parser reports it at 'endfor' (column 23).
    private const string BrokenLiquid = "You are a gift-note writer. Respond with the note text only.\n{% if vip %}Thanks for being a member, {{ customer.name }}!{% endif %}\n{% if gift %}Enjoy!{% endfor %}\n";

    private string Project(string projectFile, string body, string sourceName, string source)
    {
        string ws = package.NewWorkspace();
        File.WriteAllText(Path.Combine(ws, projectFile), body.Replace("VERSION", package.Version));
        File.WriteAllText(Path.Combine(ws, sourceName), source);
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "release-notes.scriban"), BrokenScriban);
        File.WriteAllText(Path.Combine(ws, "prompts", "gift-note.liquid"), BrokenLiquid);
        return ws;
    }

    /// <summary>The build fails with Scriban's own messages at Scriban's positions (so Scriban, not the scanner, read the files).</summary>
    private static void AssertScribanErrors(int exit, string output)
    {
        Assert.NotEqual(0, exit);
        List<string> errors = Pl5001(output);
        Assert.Contains(errors, e => e.StartsWith("release-notes.scriban(4,15) Error while parsing ScriptPage: Found <end> statement without a corresponding beginning of a block", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("gift-note.liquid(3,23) Unable to find a pending `for` for this `endfor`", StringComparison.Ordinal));
    }

    private static List<string> Pl5001(string output) =>
        Regex.Matches(output, @"(?<file>[\w.-]+)\((?<line>\d+),(?<col>\d+)\): error PL5001: (?<message>[^\[\r\n]*)")
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["message"].Value.Trim()}")
            .Distinct()
            .ToList();

    [Fact]
    public void The_analyzer_reports_Scriban_parser_errors_at_their_position_and_loads_cleanly()
    {
        string ws = Project("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="VERSION" /></ItemGroup>
            </Project>
            """, "C.cs", "public class C { }");

        var (exit, output) = package.Build(ws);

        AssertScribanErrors(exit, output);
        Assert.DoesNotContain("AD0001", output);
        Assert.DoesNotContain("CS8032", output);
        Assert.DoesNotContain("CS8784", output);
    }

    [Fact]
    public void The_task_finds_Scriban_in_the_tasks_folder_for_projects_without_csharp()
    {
        string ws = Project("Lib.fsproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><Compile Include="Library.fs" /></ItemGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="VERSION" /></ItemGroup>
            </Project>
            """, "Library.fs", "module Library\nlet answer = 42\n");

        var (exit, output) = package.Build(ws);

        AssertScribanErrors(exit, output);
        Assert.DoesNotContain("Could not load file or assembly", output);
    }
}
