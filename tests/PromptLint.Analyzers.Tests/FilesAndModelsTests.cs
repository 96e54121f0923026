using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>Prompt files as AdditionalFiles, promptlint.yaml settings, fine-tuned model IDs, and the no-SDK fast path.</summary>
public sealed class FilesAndModelsTests
{
    private const string ThinPrompty = "---\nname: thin\n---\nsystem:\nBe nice.\nuser:\n{{q}}\n";

    [Fact]
    public async Task Prompt_files_are_linted_at_their_own_line_and_column()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithSource("/project/Program.cs", "class P { }")
            .WithAdditionalFile("/project/prompts/thin.prompty", ThinPrompty)
            .WithAdditionalFile("/project/prompts/broken.prompt", "{{role \"system\"}}\nHi {{#if name}}, you greet customers by name.\n")
            .RunAsync();

        Diagnostic pl1002 = diagnostics.Single(d => d.Id == "PL1002" && d.Location.GetLineSpan().Path.EndsWith("thin.prompty"));
        Assert.Equal("/project/prompts/thin.prompty", pl1002.Location.GetLineSpan().Path);
        Assert.Equal(3, pl1002.Location.GetLineSpan().StartLinePosition.Line); // 0-based: line 4, the system: marker
        Diagnostic pl5001 = diagnostics.Single(d => d.Id == "PL5001");
        Assert.Equal((1, 3), (pl5001.Location.GetLineSpan().StartLinePosition.Line, pl5001.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(DiagnosticSeverity.Error, pl5001.Severity);
    }

    [Fact]
    public async Task Promptlint_yaml_sets_severity_for_files_and_code()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithSource("/project/Program.cs", """
                using OpenAI.Chat;
                class Bot { void M() { var s = new SystemChatMessage("You are a support agent for Contoso's billing team. Help customers with invoices."); } }
                """)
            .WithAdditionalFile("/project/promptlint.yaml", "rules:\n  PL1001: error\n  PL2001: none\n  PL1002: info\n")
            .WithAdditionalFile("/project/prompts/thin.prompty", ThinPrompty)
            .RunAsync();

        Assert.All(diagnostics.Where(d => d.Id == "PL1001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Single(diagnostics, d => d.Id == "PL1001"); // the code's; the thin prompty gets PL1002 alone
        Assert.DoesNotContain(diagnostics, d => d.Id == "PL2001");
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(d => d.Id == "PL1002").Severity);
    }

    [Fact]
    public async Task A_malformed_promptlint_yaml_is_PL0001_and_nothing_else_is_linted()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithSource("/project/Program.cs", """
                using OpenAI.Chat;
                class Bot { void M() { var s = new SystemChatMessage("Be nice."); } }
                """)
            .WithAdditionalFile("/project/promptlint.yaml", "rules:\n  PL1001: loud\n")
            .WithAdditionalFile("/project/prompts/thin.prompty", ThinPrompty)
            .RunAsync();

        Diagnostic error = Assert.Single(diagnostics);
        Assert.Equal("PL0001", error.Id);
        Assert.Equal((1, 10), (error.Location.GetLineSpan().StartLinePosition.Line, error.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public async Task Fine_tuned_model_ids_anywhere_in_code_need_a_baseline() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            static class Models
            {
                public const string Support = {|PL4001:"ft:gpt-4o-mini:contoso:support:9NG2I8g6"|};
                public const string Base = "gpt-4o-mini";
                public const string Alias = "gpt-4o-mini-ft";
            }

            class Bot
            {
                ChatClient A() => new ChatClient(Models.Support, "key");
                ChatClient B() => new ChatClient({|PL4001:"ft:gpt-4o-mini-2024-07-18:contoso:triage:96olL566:ckpt-step-2000"|}, "key");
                string C() => {|PL4001:"arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef123456"|};
            }
            """, "PL4001", "PL4002");

    [Fact]
    public async Task A_declared_baseline_silences_PL4001_and_missing_files_are_PL4002()
    {
        string code = """
            using OpenAI.Chat;
            class Bot
            {
                ChatClient A() => new ChatClient("ft:gpt-4o-mini:contoso:support:9NG2I8g6", "key");
                ChatClient B() => new ChatClient("gpt-4o-mini-ft", "key");
            }
            """;
        string yaml = """
            models:
              "ft:gpt-4o-mini:contoso:support:*":
                baseline: evals/support-baseline.json
                evaluation: evals/support-ft.json
              "gpt-4o-mini-ft": {}
            """;

        var withFiles = await new AnalyzerRunner().WithSource("/project/Program.cs", code)
            .WithAdditionalFile("/project/promptlint.yaml", yaml)
            .WithAdditionalFile("/project/evals/support-baseline.json", "{}")
            .WithAdditionalFile("/project/evals/support-ft.json", "{}")
            .RunAsync();
        // The listed Azure-style alias has no baseline: it is flagged because promptlint.yaml lists it. The declared
        // fine-tune has its baseline and evaluation but no general-ability eval (regression:): PL4015, not PL4001.
        Diagnostic alias = Assert.Single(withFiles, d => d.Id != "PL4015");
        Assert.Equal("PL4001", alias.Id);
        Assert.Contains("'gpt-4o-mini-ft'", alias.GetMessage());
        Diagnostic noGeneralEval = Assert.Single(withFiles, d => d.Id == "PL4015");
        Assert.Contains("'ft:gpt-4o-mini:contoso:support:9NG2I8g6' has a baseline and an evaluation", noGeneralEval.GetMessage());

        var missing = await new AnalyzerRunner().WithSource("/project/Program.cs", code)
            .WithAdditionalFile("/project/promptlint.yaml", yaml)
            .WithAdditionalFile("/project/evals/support-baseline.json", "{}")
            .RunAsync();
        Diagnostic pl4002 = Assert.Single(missing, d => d.Id == "PL4002");
        Assert.Contains("evaluation file 'evals/support-ft.json'", pl4002.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, pl4002.Severity);
    }

    [Fact]
    public async Task PL4001_names_the_evidence_that_is_missing()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithSource("/project/Program.cs", "using OpenAI.Chat; class Bot { ChatClient A() => new ChatClient(\"ft:gpt-4o-mini:contoso:support:9NG2I8g6\", \"key\"); }")
            .WithAdditionalFile("/project/promptlint.yaml", "models:\n  \"ft:gpt-4o-mini:contoso:*\":\n    baseline: evals/baseline.json\n    training: datasets/train.jsonl\n")
            .WithAdditionalFile("/project/evals/baseline.json", "{}")
            .RunAsync();
        Diagnostic pl4001 = Assert.Single(diagnostics);
        Assert.Equal("PL4001", pl4001.Id);
        Assert.Contains("is listed under models: 'ft:gpt-4o-mini:contoso:*' without evaluation (the fine-tune on held-out data); measure it and add evaluation: <file> there", pl4001.GetMessage());
    }

    [Fact]
    public async Task Fine_tuned_ids_in_appsettings_and_prompt_metadata_are_flagged_where_written()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithSource("/project/Program.cs", "using OpenAI.Chat; class P { }")
            .WithAdditionalFile("/project/appsettings.Production.json", "{\n  \"OpenAI\": { \"Model\": \"ft:gpt-4o-mini:contoso:support:9NG2I8g6\" }\n}\n")
            .WithAdditionalFile("/project/prompts/a.prompty", "---\nmodel:\n  id: ft:gpt-4o-mini:contoso:support:9NG2I8g6\n---\nsystem:\nYou are a support agent for Contoso. Help with invoices. Reply in JSON.\n<example>Input: a\nOutput: b</example>\nuser:\n{{q}}\n")
            .RunAsync();

        Diagnostic json = diagnostics.Single(d => d.Id == "PL4001" && d.Location.GetLineSpan().Path.EndsWith(".json"));
        Assert.Equal((1, 23), (json.Location.GetLineSpan().StartLinePosition.Line, json.Location.GetLineSpan().StartLinePosition.Character));
        Diagnostic prompty = diagnostics.Single(d => d.Id == "PL4001" && d.Location.GetLineSpan().Path.EndsWith(".prompty"));
        Assert.Equal(2, prompty.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Without_an_llm_sdk_nothing_is_registered_for_code()
    {
        var runner = new AnalyzerRunner().WithoutSdks().WithSource("/project/Program.cs", """
            class SystemChatMessage { public SystemChatMessage(string s) { } }
            class Bot { void M() { var s = new SystemChatMessage("Be nice."); var m = "ft:gpt-4o-mini:contoso:support:9NG2I8g6"; } }
            """);
        Assert.Empty(await runner.RunAsync());

        var compilation = runner.Compile().WithAnalyzers([new PromptLintAnalyzer()], new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await compilation.GetAllDiagnosticsAsync();
        var telemetry = await compilation.GetAnalyzerTelemetryInfoAsync(compilation.Analyzers[0], CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationBlockStartActionsCount + telemetry.OperationActionsCount + telemetry.AdditionalFileActionsCount + telemetry.SymbolActionsCount + telemetry.OperationBlockActionsCount
            + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SyntaxTreeActionsCount + telemetry.SemanticModelActionsCount);
    }
}
