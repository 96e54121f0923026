using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>prompts-examples/csharp-app builds through the packed package (not the project reference) with the same findings.</summary>
[Collection(PackageCollection.Name)]
public sealed class ExamplesThroughPackageTests(PackedPackage package)
{
    [Fact]
    public void The_csharp_sample_app_reports_its_findings_through_the_package()
    {
        List<string> findings = BuildSample();

        Assert.Equal(
            [
                "Program.cs:14 PL4015",
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
                "SemanticKernelReplies.cs:31 PL5007",
                "SemanticKernelReplies.cs:43 PL5009",
                "order-status.prompty:12 PL1001",
                "order-status.prompty:12 PL2001",
            ],
            findings);
    }

    [Fact]
    public void Without_CopyToOutputDirectory_the_prompt_files_the_code_loads_are_PL5009()
    {
        // The package passes each prompt file's CopyToOutputDirectory (from its None item) to the analyzer; without the
        // sample's <None Update="prompts/**;Plugins/**" CopyToOutputDirectory="PreserveNewest" />, the files are not copied.
        const string copyLine = "<None Update=\"prompts/**;Plugins/**\" CopyToOutputDirectory=\"PreserveNewest\" />";
        List<string> findings = BuildSample(project =>
        {
            string text = File.ReadAllText(project);
            Assert.Contains(copyLine, text);
            File.WriteAllText(project, text.Replace(copyLine, string.Empty));
        });

        Assert.Equal(
            [
                "SemanticKernelReplies.cs:10 PL5009", "SemanticKernelReplies.cs:17 PL5009", "SemanticKernelReplies.cs:22 PL5009", "SemanticKernelReplies.cs:25 PL5009",
                "SemanticKernelReplies.cs:30 PL5009", "SemanticKernelReplies.cs:37 PL5009", "SemanticKernelReplies.cs:43 PL5009",
            ],
            findings.Where(f => f.EndsWith("PL5009", StringComparison.Ordinal)));
    }

    /// <summary>Builds a copy of prompts-examples/csharp-app through the packed package; its PromptLint warnings as "file:line id", sorted.</summary>
    private List<string> BuildSample(Action<string>? editProject = null)
    {
        string ws = package.NewWorkspace();
        PackedPackage.CopyProject(Path.Combine(PackedPackage.RepoRoot, "prompts-examples", "csharp-app"), ws);
        editProject?.Invoke(Path.Combine(ws, "SupportApp.csproj"));
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
        return Regex.Matches(Regex.Split(output, @"^\s*Build succeeded\.", RegexOptions.Multiline)[0], @"(?<file>[\w./-]+)\((?<line>\d+),\d+\): warning (?<id>PL\d{4}):")
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value} {m.Groups["id"].Value}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
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
