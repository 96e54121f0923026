using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>prompts-examples/csharp-app builds through the packed package (not the project reference) with the same findings.</summary>
[Collection(PackageCollection.Name)]
public sealed class ExamplesThroughPackageTests(PackedPackage package)
{
    [Fact]
    public void The_csharp_sample_app_reports_its_findings_through_the_package()
    {
        string ws = package.NewWorkspace();
        PackedPackage.CopyProject(Path.Combine(PackedPackage.RepoRoot, "prompts-examples", "csharp-app"), ws);
        // Outside the repository the app needs its own central package versions.
        File.WriteAllText(Path.Combine(ws, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(ws, "Directory.Packages.props"), $"""
            <Project>
              <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="OpenAI" Version="2.15.0" />
                <PackageVersion Include="Microsoft.Extensions.AI.Abstractions" Version="10.11.0" />
                <PackageVersion Include="Microsoft.SemanticKernel" Version="1.82.0" />
                <PackageVersion Include="PromptLint" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);

        var (exit, output) = package.Build(ws, $"-p:PromptLintPackageVersion={package.Version}");

        Assert.True(exit == 0, output);
        var findings = Regex.Matches(Regex.Split(output, @"^\s*Build succeeded\.", RegexOptions.Multiline)[0], @"(?<file>[\w./-]+)\((?<line>\d+),\d+\): warning (?<id>PL\d{4}):")
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value} {m.Groups["id"].Value}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [
                "Program.cs:17 PL4001",
                "Program.cs:25 PL1001",
                "Program.cs:25 PL2001",
                "Program.cs:54 PL2001",
                "Program.cs:54 PL5004",
                "Program.cs:61 PL2001",
                "Program.cs:75 PL1001",
                "Program.cs:75 PL2001",
                "Program.cs:81 PL1001",
                "Program.cs:81 PL2001",
                "SemanticKernelReplies.cs:11 PL5007",
                "SemanticKernelReplies.cs:22 PL5009",
                "order-status.prompty:12 PL1001",
                "order-status.prompty:12 PL2001",
            ],
            findings);
    }

    [Fact]
    public void The_code_fixes_ship_beside_the_analyzer()
    {
        using var nupkg = System.IO.Compression.ZipFile.OpenRead(Path.Combine(package.Feed, $"PromptLint.{package.Version}.nupkg"));
        var analyzers = nupkg.Entries.Select(e => e.FullName).Where(n => n.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["analyzers/dotnet/cs/PromptLint.Analyzers.dll", "analyzers/dotnet/cs/PromptLint.CodeFixes.dll", "analyzers/dotnet/cs/PromptLint.Core.dll", "analyzers/dotnet/cs/Scriban.Signed.dll", "analyzers/dotnet/cs/YamlDotNet.dll"],
            analyzers);
    }
}
