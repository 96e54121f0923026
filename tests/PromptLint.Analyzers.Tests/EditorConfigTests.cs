using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// <c>dotnet_diagnostic.PLxxxx.severity</c> in <c>.editorconfig</c> sections reaches prompt files (the package passes
/// the .editorconfig files above them as AdditionalFiles; the compiler applies such keys to C# only).
/// </summary>
public sealed class EditorConfigTests
{
    private const string NoFormat = "system:\nYou are a support agent for Contoso's billing team. Help customers with invoices and refunds.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\nuser:\n{{q}}\n";

    private const string NoFormatMarkdown = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds.\n\n<example>\nQ: Where is my invoice?\nA: In Settings, under Billing.\n</example>\n";

    private static async Task<Dictionary<string, DiagnosticSeverity>> Pl1001BySeverity(params (string Path, string Text)[] editorConfigs)
    {
        var runner = new AnalyzerRunner()
            .WithSource("/project/Program.cs", "class P { }")
            .WithAdditionalFile("/project/prompts/support.prompty", NoFormat)
            .WithAdditionalFile("/project/prompts/support.md", NoFormatMarkdown);
        foreach (var (path, text) in editorConfigs)
        {
            runner.WithAdditionalFile(path, text);
        }

        var diagnostics = await runner.RunAsync();
        return diagnostics.Where(d => d.Id == "PL1001").ToDictionary(d => Path.GetFileName(d.Location.GetLineSpan().Path), d => d.Severity);
    }

    [Fact]
    public async Task Without_an_editorconfig_the_default_severity_applies()
    {
        var severities = await Pl1001BySeverity();
        Assert.Equal(DiagnosticSeverity.Warning, severities["support.prompty"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["support.md"]);
    }

    [Fact]
    public async Task A_section_for_the_file_extension_applies_to_those_files_only()
    {
        var severities = await Pl1001BySeverity(("/project/.editorconfig", "root = true\n[*.prompty]\ndotnet_diagnostic.PL1001.severity = error\n"));
        Assert.Equal(DiagnosticSeverity.Error, severities["support.prompty"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["support.md"]);
    }

    [Fact]
    public async Task A_folder_glob_section_applies_below_that_folder()
    {
        var severities = await Pl1001BySeverity(("/project/.editorconfig", "root = true\n[prompts/**.md]\ndotnet_diagnostic.PL1001.severity = suggestion\n"));
        Assert.Equal(DiagnosticSeverity.Info, severities["support.md"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["support.prompty"]);
    }

    [Fact]
    public async Task A_star_section_applies_to_every_prompt_file()
    {
        var severities = await Pl1001BySeverity(("/project/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.PL1001.severity = error\n"));
        Assert.Equal(DiagnosticSeverity.Error, severities["support.prompty"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["support.md"]);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("silent")]
    public async Task None_or_silent_reports_nothing(string severity)
    {
        var severities = await Pl1001BySeverity(("/project/.editorconfig", $"root = true\n[*.{{prompty,md}}]\ndotnet_diagnostic.PL1001.severity = {severity}\n"));
        Assert.Empty(severities);
    }

    [Fact]
    public async Task A_nearer_file_wins_and_root_true_cuts_off_the_files_above()
    {
        var severities = await Pl1001BySeverity(
            ("/.editorconfig", "[*]\ndotnet_diagnostic.PL1001.severity = none\n"),
            ("/project/.editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.PL1001.severity = error\n"),
            ("/project/prompts/.editorconfig", "[*.prompty]\ndotnet_diagnostic.PL1001.severity = suggestion\n"));
        Assert.Equal(DiagnosticSeverity.Info, severities["support.prompty"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["support.md"]);
    }
}
