using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>
/// The package feeds Core's one pipeline and one cascade: a promptlint.yaml above the project and one nested inside
/// it both apply, JSON data files under prompts/ are skipped quietly, and a file the project lists itself still
/// gets its finding — the same in a C# project (analyzer) and an F# project (MSBuild task).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PipelineThroughPackageTests(PackedPackage package)
{
    private const string NoFormatNoRole = "system:\nHelp customers of Contoso's billing team with invoices, refunds and payment questions, politely and accurately.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\nuser:\n{{q}}\n";

    private string Workspace(string projectFile, string projectText)
    {
        string ws = package.NewWorkspace();
        Write(ws, "promptlint.yaml", "rules:\n  PL1003: warning\n");
        Write(ws, $"app/{projectFile}", projectText);
        Write(ws, "app/prompts/support.prompty", NoFormatNoRole);
        Write(ws, "app/prompts/strict/promptlint.yaml", "rules:\n  PL1001: error\n");
        Write(ws, "app/prompts/strict/refunds.prompty", NoFormatNoRole);
        Write(ws, "app/prompts/fixtures/response.json", "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"choices\": []}");
        Write(ws, "app/prompts/fixtures/truncated.json", "{\"role\": \"user\", \"content\": ");
        Write(ws, "app/data/glossary.txt", new string('x', 1_100_000));
        return Path.Combine(ws, "app");
    }

    private static void Write(string root, string relative, string text)
    {
        string full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static List<string> Findings(string output) =>
        Regex.Matches(output, @"(?<file>[\w./-]+)\((?<line>\d+),(?<col>\d+)\): (?<sev>warning|error) (?<id>PL\d{4}):")
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static readonly List<string> Expected =
    [
        "glossary.txt(1,1) warning PL0013",       // listed by the project itself: always answered
        "refunds.prompty(1,1) error PL1001",      // the nested promptlint.yaml makes it an error
        "refunds.prompty(1,1) warning PL1003",    // the promptlint.yaml above the project makes it a warning
        "support.prompty(1,1) warning PL1001",
        "support.prompty(1,1) warning PL1003",
    ];

    [Fact]
    public void A_csharp_project_gets_the_cascade_and_skips_data_files()
    {
        string app = Workspace("App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="{package.Version}" /></ItemGroup>
              <ItemGroup><PromptLintFile Include="data/glossary.txt" /></ItemGroup>
            </Project>
            """);
        Write(app, "C.cs", "public class C { }");

        var (exit, output) = package.Build(app);

        Assert.NotEqual(0, exit);
        Assert.Equal(Expected, Findings(output));
        Assert.DoesNotContain("AD0001", output);
    }

    [Fact]
    public void An_fsharp_project_gets_the_same_findings_from_the_task()
    {
        string app = Workspace("Lib.fsproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><Compile Include="Library.fs" /></ItemGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="{package.Version}" /></ItemGroup>
              <ItemGroup><PromptLintFile Include="data/glossary.txt" /></ItemGroup>
            </Project>
            """);
        Write(app, "Library.fs", "module Library\nlet answer = 42\n");

        var (exit, output) = package.Build(app);

        Assert.NotEqual(0, exit);
        Assert.Equal(Expected, Findings(output));
    }
}
