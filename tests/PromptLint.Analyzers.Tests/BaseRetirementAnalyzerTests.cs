using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>PL4013/PL4014 in the analyzer: fine-tuned IDs on a retired or retiring base in C# literals and appsettings*.json, and promptlint.yaml's retirements:.</summary>
public sealed class BaseRetirementAnalyzerTests
{
    private const string Code = """
        using OpenAI.Chat;

        static class Models
        {
            public const string Router = "gpt-35-turbo-0613.ft-5c1d9e0a7b3f4e28a6d2c0b9e8f71a34-team-router";
        }

        class Bot
        {
            ChatClient A() => new ChatClient(Models.Router, "key");
            ChatClient B() => new ChatClient("ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566", "key");
            ChatClient C() => new ChatClient("ft:gpt-4.1-nano-2025-04-14:contoso:triage:7p4lURel", "key");
        }
        """;

    [Fact]
    public async Task Literals_on_a_retired_base_warn_and_on_a_retiring_base_inform_where_written() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            static class Models
            {
                public const string Router = {|PL4013:"gpt-35-turbo-0613.ft-5c1d9e0a7b3f4e28a6d2c0b9e8f71a34-team-router"|};
            }

            class Bot
            {
                ChatClient A() => new ChatClient(Models.Router, "key");
                ChatClient B() => new ChatClient({|PL4014:"ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566"|}, "key");
                ChatClient C() => new ChatClient("ft:gpt-4.1-nano-2025-04-14:contoso:triage:7p4lURel", "key");
            }
            """, "PL4013", "PL4014");

    [Fact]
    public async Task Severities_and_messages_come_from_the_table()
    {
        var diagnostics = await new AnalyzerRunner().WithSource("/project/Program.cs", Code).RunAsync();
        Diagnostic retired = Assert.Single(diagnostics, d => d.Id == "PL4013");
        Assert.Equal(DiagnosticSeverity.Warning, retired.Severity);
        Assert.Contains("which Azure OpenAI retired on 2025-02-13", retired.GetMessage());
        Diagnostic retiring = Assert.Single(diagnostics, d => d.Id == "PL4014");
        Assert.Equal(DiagnosticSeverity.Info, retiring.Severity);
        Assert.Contains("which OpenAI retires on 2027-01-14", retiring.GetMessage());
    }

    [Fact]
    public async Task Promptlint_yaml_retirements_remove_and_move_rows()
    {
        var diagnostics = await new AnalyzerRunner().WithSource("/project/Program.cs", Code)
            .WithAdditionalFile("/project/promptlint.yaml", "retirements:\n  asOf: 2027-02-01\n  models:\n    gpt-35-turbo-0613: never\n")
            .RunAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "PL4014");
        Diagnostic retired = Assert.Single(diagnostics, d => d.Id == "PL4013");
        Assert.Contains("'gpt-4o-mini-2024-07-18'", retired.GetMessage());
        Assert.Contains("as of 2027-02-01", retired.GetMessage());
    }

    [Fact]
    public async Task A_retired_base_in_appsettings_is_flagged_at_the_value()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithSource("/project/Program.cs", "using OpenAI.Chat; class P { }")
            .WithAdditionalFile("/project/appsettings.json", "{\n  \"Legacy\": { \"Model\": \"curie:ft-acme-inc-2022-03-01-10-11-12\" }\n}\n")
            .RunAsync();
        Diagnostic json = Assert.Single(diagnostics, d => d.Id == "PL4013");
        Assert.Equal((1, 23), (json.Location.GetLineSpan().StartLinePosition.Line, json.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("which OpenAI retired on 2024-01-04", json.GetMessage());
    }
}
