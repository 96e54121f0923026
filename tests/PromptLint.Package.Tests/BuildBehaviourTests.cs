using System.Text.RegularExpressions;

namespace PromptLint.Package.Tests;

/// <summary>What CI sees when a project references the packed package and runs `dotnet build`.</summary>
[Collection(PackageCollection.Name)]
public sealed class BuildBehaviourTests(PackedPackage package)
{
    private const string GoodPrompt = PromptLint.Tests.Shared.SamplePrompts.Clean;

    private const string NoFormatPrompt = "system:\nYou are a support agent for Contoso's billing team. Help customers with invoices and refunds.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\nuser:\n{{q}}\n";

    private string CSharpProject(string prompt, string properties = "", string? yaml = null, bool withOpenAI = false, string code = "public class C { }")
    {
        string ws = package.NewWorkspace();
        string reference = withOpenAI ? "<PackageReference Include=\"OpenAI\" Version=\"2.15.0\" />" : "";
        File.WriteAllText(Path.Combine(ws, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework>{properties}</PropertyGroup>
              <ItemGroup><PackageReference Include="PromptLint" Version="{package.Version}" />{reference}</ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ws, "C.cs"), code);
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "support.prompty"), prompt);
        if (yaml is not null)
        {
            File.WriteAllText(Path.Combine(ws, "promptlint.yaml"), yaml);
        }

        return ws;
    }

    /// <summary>The diagnostics MSBuild printed while building (the end-of-build summary repeats them; it is cut off).</summary>
    private static List<string> Findings(string output) =>
        Regex.Matches(Regex.Split(output, @"^\s*Build (succeeded|FAILED)\.", RegexOptions.Multiline)[0], @"(?<file>[\w./-]+)\((?<line>\d+),(?<col>\d+)\): (?<sev>warning|error) (?<id>PL\d{4}):")
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["sev"].Value} {m.Groups["id"].Value}")
            .ToList();

    [Fact]
    public void A_clean_project_builds_with_no_PromptLint_diagnostics()
    {
        var (exit, output) = package.Build(CSharpProject(GoodPrompt));
        Assert.True(exit == 0, output);
        Assert.Empty(Findings(output));
    }

    [Fact]
    public void Warnings_are_printed_once_each_in_canonical_format_and_the_build_succeeds()
    {
        var (exit, output) = package.Build(CSharpProject(NoFormatPrompt));
        Assert.True(exit == 0, output);
        // MSBuild echoes each warning once as it happens (the summary is turned off with -clp:NoSummary).
        Assert.Equal(["support.prompty(1,1) warning PL1001"], Findings(output));
    }

    [Fact]
    public void An_error_in_promptlint_yaml_fails_the_build_with_that_error()
    {
        var (exit, output) = package.Build(CSharpProject(NoFormatPrompt, yaml: "rules:\n  PL1001: error\n"));
        Assert.NotEqual(0, exit);
        Assert.Contains("support.prompty(1,1) error PL1001", Findings(output));
    }

    [Theory]
    [InlineData("<WarningsAsErrors>PL1001</WarningsAsErrors>", "support.prompty(1,1) error PL1001", false)]
    [InlineData("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><PromptLintWarningsAsErrors>true</PromptLintWarningsAsErrors>", "support.prompty(1,1) error PL1001", false)]
    [InlineData("<NoWarn>$(NoWarn);PL1001</NoWarn>", null, true)]
    [InlineData("<PromptLintEnabled>false</PromptLintEnabled>", null, true)]
    public void Msbuild_warning_properties_behave_as_for_any_analyzer(string property, string? expected, bool succeeds)
    {
        var (exit, output) = package.Build(CSharpProject(NoFormatPrompt, property));
        Assert.True(succeeds == (exit == 0), output);
        List<string> findings = Findings(output);
        if (expected is null)
        {
            Assert.DoesNotContain(findings, f => f.EndsWith("PL1001"));
        }
        else
        {
            Assert.Contains(expected, findings);
        }
    }

    [Fact]
    public void Under_TreatWarningsAsErrors_PromptLint_warnings_stay_warnings_while_errors_and_other_warnings_fail()
    {
        const string brokenTemplate = "system:\nYou are a support agent. Answer in 3 bullet points.\n{% if vip %}Be extra polite.\nuser:\n{{q}}\n";
        string ws = CSharpProject(NoFormatPrompt, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var (exit, output) = package.Build(ws);
        Assert.True(exit == 0, output);
        Assert.Equal(["support.prompty(1,1) warning PL1001"], Findings(output));

        // The project's own warnings are still promoted: only PromptLint's are held back.
        File.WriteAllText(Path.Combine(ws, "C.cs"), "public class C { public void M() { int unused = 0; } }");
        var (compilerWarning, withCs) = package.Build(ws);
        Assert.NotEqual(0, compilerWarning);
        Assert.Contains("error CS0219", withCs);

        // Error-severity findings fail the build from the first day.
        File.WriteAllText(Path.Combine(ws, "C.cs"), "public class C { }");
        File.WriteAllText(Path.Combine(ws, "prompts", "support.prompty"), brokenTemplate);
        var (failing, broken) = package.Build(ws);
        Assert.NotEqual(0, failing);
        Assert.Contains(Findings(broken), f => f.EndsWith("error PL5001"));
    }

    [Fact]
    public void A_user_editorconfig_wins_over_promptlint_yaml_for_csharp_files()
    {
        const string code = """
            using OpenAI.Chat;
            public class Bot { public SystemChatMessage M() => new SystemChatMessage("You are a support agent for Contoso's billing team. Help customers with invoices. Be friendly."); }
            """;
        string ws = CSharpProject(GoodPrompt, yaml: "rules:\n  PL1001: error\n  PL2001: none\n", withOpenAI: true, code: code);
        var (failing, output) = package.Build(ws);
        Assert.NotEqual(0, failing);
        Assert.Contains("C.cs(2,74) error PL1001", Findings(output));

        File.WriteAllText(Path.Combine(ws, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.PL1001.severity = warning\n");
        var (exit, relaxed) = package.Build(ws);
        Assert.True(exit == 0, relaxed);
        Assert.Contains("C.cs(2,74) warning PL1001", Findings(relaxed));
    }

    [Fact]
    public void Editorconfig_sections_set_the_severity_of_prompt_files_over_promptlint_yaml()
    {
        string ws = CSharpProject(NoFormatPrompt, yaml: "rules:\n  PL1001: warning\n");
        File.WriteAllText(Path.Combine(ws, ".editorconfig"), "root = true\n[*.prompty]\ndotnet_diagnostic.PL1001.severity = error\n");
        var (failing, output) = package.Build(ws);
        Assert.NotEqual(0, failing);
        Assert.Equal(["support.prompty(1,1) error PL1001"], Findings(output));

        File.WriteAllText(Path.Combine(ws, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.PL1001.severity = none\n");
        var (exit, silenced) = package.Build(ws);
        Assert.True(exit == 0, silenced);
        Assert.Empty(Findings(silenced));

        File.Delete(Path.Combine(ws, ".editorconfig"));
        var (_, plain) = package.Build(ws);
        Assert.Equal(["support.prompty(1,1) warning PL1001"], Findings(plain));
    }

    [Fact]
    public void Editing_promptlint_yaml_changes_the_next_build_and_a_noop_build_skips_the_generation()
    {
        string ws = CSharpProject(NoFormatPrompt, yaml: "rules:\n  PL1001: warning\n");
        var (_, first) = package.Build(ws);
        Assert.Contains("support.prompty(1,1) warning PL1001", Findings(first));

        var (_, noop) = package.Build(ws, "-v:d");
        Assert.Contains("Skipping target \"_PromptLintGenerateGlobalConfig\" because all output files are up-to-date", noop);

        File.WriteAllText(Path.Combine(ws, "promptlint.yaml"), "rules:\n  PL1001: none\n");
        var (_, edited) = package.Build(ws);
        Assert.DoesNotContain(Findings(edited), f => f.EndsWith("PL1001"));
    }

    [Fact]
    public void A_malformed_promptlint_yaml_fails_the_build_with_its_file_and_line()
    {
        var (exit, output) = package.Build(CSharpProject(GoodPrompt, yaml: "rules:\n  PL1001: loud\n"));
        Assert.NotEqual(0, exit);
        Assert.Contains("promptlint.yaml(2,11) error PL0001", Findings(output));
        Assert.Single(Findings(output), f => f.EndsWith("PL0001"));
    }

    [Fact]
    public void An_fsharp_project_gets_the_tasks_diagnostics_and_replays_them_when_nothing_changed()
    {
        string ws = package.NewFSharpProject();
        Directory.CreateDirectory(Path.Combine(ws, "prompts"));
        File.WriteAllText(Path.Combine(ws, "prompts", "support.prompty"), NoFormatPrompt);

        var (exit, output) = package.Build(ws, "-v:n");
        Assert.True(exit == 0, output);
        Assert.Contains("support.prompty(1,1) warning PL1001", Findings(output));
        Assert.Contains("PromptLint: linted 1 prompt file(s)", output);

        var (again, replay) = package.Build(ws, "-v:n");
        Assert.True(again == 0, replay);
        Assert.Contains("support.prompty(1,1) warning PL1001", Findings(replay));
        Assert.Contains("PromptLint: nothing changed; replayed", replay);
    }
}
