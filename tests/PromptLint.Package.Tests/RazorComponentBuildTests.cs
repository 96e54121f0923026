using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>
/// A real Razor class library (Microsoft.NET.Sdk.Razor, the shared ASP.NET Core framework, the Razor source
/// generator) referencing the packed package: prompt sites in a component's <c>@code</c> block are reported at the
/// <c>.razor</c> file and line, through the generator's <c>#line (l,c)-(l,c)</c> mappings.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RazorComponentBuildTests(PackedPackage package)
{
    private const string ThinPrompt = "You are a shopping assistant for Contoso Outdoor. Help customers pick tents.";

    /// <summary>A role, a one-label output format and three examples, as one C# string (no finding).</summary>
    private const string CleanPrompt = "You are a triage assistant for Contoso's help desk. Classify each ticket by urgency.\\nRespond with only one label: P1, P2 or P3.\\n\\n<example>\\nTicket: The whole office is offline.\\nLabel: P1\\n</example>\\n<example>\\nTicket: Printer on floor 3 is low on toner.\\nLabel: P3\\n</example>\\n<example>\\nTicket: Two users cannot open the CRM.\\nLabel: P2\\n</example>";

    /// <summary>Line 12 of the component, column 85: the system message's content argument.</summary>
    private const string SystemMessageLocation = "(12,85)";

    private static string Component(string constant, string systemContent) => $$"""
        @using Microsoft.Extensions.AI
        <p>@label</p>

        @code {
            private const string SystemPrompt = "{{constant}}";

            [Parameter] public IChatClient Client { get; set; } = default!;
            private string label = "";

            private async Task ClassifyAsync(string ticket)
            {
                ChatResponse response = await Client.GetResponseAsync([new(ChatRole.System, {{systemContent}}), new(ChatRole.User, $"<ticket>{ticket}</ticket>")]);
                label = response.Text;
            }
        }
        """;

    private string RazorProject(string component)
    {
        string ws = package.NewWorkspace();
        File.WriteAllText(Path.Combine(ws, "Shop.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Razor">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>
              <ItemGroup>
                <PackageReference Include="PromptLint" Version="{package.Version}" />
                <PackageReference Include="Microsoft.Extensions.AI" Version="{ExtensionsAIVersion()}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ws, "_Imports.razor"), "@using Microsoft.AspNetCore.Components\n");
        Directory.CreateDirectory(Path.Combine(ws, "Components"));
        File.WriteAllText(Path.Combine(ws, "Components", "Triage.razor"), component);
        return ws;
    }

    /// <summary>The version the repository's analyzer tests compile against.</summary>
    private static string ExtensionsAIVersion()
    {
        string props = File.ReadAllText(Path.Combine(PackedPackage.RepoRoot, "Directory.Packages.props"));
        return Regex.Match(props, "<PackageVersion Include=\"Microsoft.Extensions.AI\" Version=\"(?<v>[^\"]+)\"").Groups["v"].Value;
    }

    /// <summary>Every PromptLint or analyzer-crash diagnostic MSBuild printed before its summary, with its full path.</summary>
    private static List<string> Diagnostics(string output) =>
        Regex.Matches(Regex.Split(output, @"^\s*Build (succeeded|FAILED)\.", RegexOptions.Multiline)[0], @"^\s*(?<file>\S[^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): (?<sev>warning|error) (?<id>PL\d{4}|AD0001):", RegexOptions.Multiline)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .ToList();

    [Fact]
    public void A_thin_prompt_in_a_components_code_block_is_reported_at_the_razor_file_and_line()
    {
        string ws = RazorProject(Component(ThinPrompt, $"\"{ThinPrompt}\""));
        var (exit, output) = package.Build(ws);
        Assert.True(exit == 0, output);
        string razor = Path.Combine(ws, "Components", "Triage.razor");
        Assert.Equal([$"{razor}{SystemMessageLocation} warning PL1001", $"{razor}{SystemMessageLocation} warning PL2001"], Diagnostics(output).Order());
    }

    [Fact]
    public void A_clean_component_gives_no_diagnostic_and_thinning_its_constant_is_reported_at_the_use()
    {
        string ws = RazorProject(Component(CleanPrompt, "SystemPrompt"));
        var (exit, output) = package.Build(ws);
        Assert.True(exit == 0, output);
        Assert.Empty(Diagnostics(output));

        File.WriteAllText(Path.Combine(ws, "Components", "Triage.razor"), Component(ThinPrompt, "SystemPrompt"));
        var (again, thinned) = package.Build(ws);
        Assert.True(again == 0, thinned);
        string razor = Path.Combine(ws, "Components", "Triage.razor");
        Assert.Equal([$"{razor}{SystemMessageLocation} warning PL1001", $"{razor}{SystemMessageLocation} warning PL2001"], Diagnostics(thinned).Order());
    }
}
