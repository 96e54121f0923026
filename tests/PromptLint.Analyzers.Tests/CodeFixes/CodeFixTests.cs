using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;
using PromptLint.CodeFixes;

namespace PromptLint.Analyzers.Tests.CodeFixes;

/// <summary>The code fixes in src/PromptLint.CodeFixes, applied to real analyzer diagnostics.</summary>
public sealed class CodeFixTests
{
    private const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. Reply in JSON with keys answer and confidence. ";

    [Fact]
    public async Task PL5004_wraps_an_interpolation_hole_in_tags_named_after_the_value()
    {
        string source = $$"""
            using OpenAI.Chat;

            class Bot
            {
                SystemChatMessage Build(string customerNote) => new SystemChatMessage($"{{Persona}}The customer says: {customerNote}");
            }
            """;
        var (_, after, _) = await CodeFixRunner.ApplyAsync(new WrapInDelimitersFix(), "PL5004", source);
        string fixedText = await CodeFixRunner.TextOf(after, "Program.cs");
        Assert.Contains("The customer says: <customer_note>{customerNote}</customer_note>\")", fixedText);

        // The fixed code no longer has the finding.
        var again = await new AnalyzerRunner().WithSource("/project/Program.cs", fixedText).RunAsync();
        Assert.DoesNotContain(again, d => d.Id == "PL5004");
    }

    [Fact]
    public async Task PL5004_wraps_a_concatenated_value()
    {
        string source = $$"""
            using OpenAI.Chat;

            class Bot
            {
                SystemChatMessage Build(Request request) => new SystemChatMessage("{{Persona}}Question: " + request.Question);
            }

            class Request { public string Question { get; set; } = ""; }
            """;
        var (_, after, _) = await CodeFixRunner.ApplyAsync(new WrapInDelimitersFix(), "PL5004", source);
        Assert.Contains("Question: \" + (\"<question>\" + request.Question + \"</question>\"))", await CodeFixRunner.TextOf(after, "Program.cs"));
    }

    [Fact]
    public async Task PL4001_creates_promptlint_yaml_with_placeholders_when_the_project_has_none()
    {
        string source = """
            using OpenAI.Chat;

            class Bot
            {
                ChatClient Client() => new ChatClient("ft:gpt-4o-mini-2024-07-18:contoso:support:9abcDEF1", "key");
            }
            """;
        var (before, after, _) = await CodeFixRunner.ApplyAsync(new DeclareFineTunedModelFix(), "PL4001", source);
        Assert.Empty(before.Projects.Single().AdditionalDocuments);
        TextDocument created = after.Projects.Single().AdditionalDocuments.Single();
        Assert.Equal("/project/promptlint.yaml", created.FilePath);
        string yaml = (await created.GetTextAsync()).ToString();
        Assert.Contains("models:\n  \"ft:gpt-4o-mini-2024-07-18:contoso:support:9abcDEF1\":\n    baseline: evals/", yaml);
        Assert.Contains("    evaluation: evals/", yaml);

        // Core reads the generated file: the model is now declared with a general-ability eval (PL4001 and PL4015 gone),
        // and its placeholder files are missing (PL4002).
        var config = PromptLint.Configuration.ConfigParser.Parse("/project/promptlint.yaml", yaml);
        Assert.Empty(config.Problems);
        PromptLint.Settings.ModelBaseline model = Assert.Single(config.Config!.Models);
        Assert.EndsWith("general-base.json", model.Regression?.Base);
        Assert.EndsWith("general-finetune.json", model.Regression?.FineTune);
    }

    [Fact]
    public async Task PL4001_adds_the_model_under_the_existing_models_key()
    {
        string source = """
            class Bot
            {
                OpenAI.Chat.ChatClient Client() => new OpenAI.Chat.ChatClient("ft:gpt-4o-mini-2024-07-18:contoso:support:9abcDEF1", "key");
            }
            """;
        const string existing = "root: true\nrules:\n  PL2002: none\nmodels:\n  \"ft:gpt-4o-2024-08-06:contoso:other:*\":\n    baseline: evals/other-baseline.json\n";
        var (_, after, _) = await CodeFixRunner.ApplyAsync(new DeclareFineTunedModelFix(), "PL4001", source, ("/project/promptlint.yaml", existing));
        string yaml = await CodeFixRunner.TextOf(after, "promptlint.yaml");
        Assert.StartsWith("root: true\nrules:\n  PL2002: none\nmodels:\n  \"ft:gpt-4o-mini-2024-07-18:contoso:support:9abcDEF1\":\n", yaml);
        Assert.Contains("  \"ft:gpt-4o-2024-08-06:contoso:other:*\":\n    baseline: evals/other-baseline.json", yaml);
        var config = PromptLint.Configuration.ConfigParser.Parse("/project/promptlint.yaml", yaml);
        Assert.Empty(config.Problems);
        Assert.Equal(2, config.Config!.Models.Count);
    }

    [Fact]
    public async Task PL4001_on_a_listed_model_adds_placeholders_for_the_missing_evidence_only()
    {
        string source = """
            class Bot
            {
                OpenAI.Chat.ChatClient Client() => new OpenAI.Chat.ChatClient("ft:gpt-4o-mini:contoso:support:9NG2I8g6", "key");
            }
            """;
        const string existing = "models:\n  \"ft:gpt-4o-mini:contoso:*\":\n    baseline: evals/baseline.json\nrules:\n  PL2002: none\n";
        var (_, after, _) = await CodeFixRunner.ApplyAsync(new DeclareFineTunedModelFix(), "PL4001", source,
            ("/project/promptlint.yaml", existing), ("/project/evals/baseline.json", "{}"));
        string yaml = await CodeFixRunner.TextOf(after, "promptlint.yaml");
        Assert.True(yaml.StartsWith("models:\n  \"ft:gpt-4o-mini:contoso:*\":\n    evaluation: evals/", StringComparison.Ordinal), yaml);
        Assert.EndsWith("    baseline: evals/baseline.json\nrules:\n  PL2002: none\n", yaml);
        var config = PromptLint.Configuration.ConfigParser.Parse("/project/promptlint.yaml", yaml);
        Assert.Empty(config.Problems);
        Assert.NotNull(Assert.Single(config.Config!.Models).Evaluation);
    }

    [Fact]
    public async Task PL4015_on_a_listed_model_with_its_evidence_adds_the_general_ability_eval_only()
    {
        string source = """
            class Bot
            {
                OpenAI.Chat.ChatClient Client() => new OpenAI.Chat.ChatClient("ft:gpt-4o-mini:contoso:support:9NG2I8g6", "key");
            }
            """;
        const string existing = "models:\n  \"ft:gpt-4o-mini:contoso:*\":\n    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n";
        var (_, after, _) = await CodeFixRunner.ApplyAsync(new DeclareFineTunedModelFix(), "PL4015", source,
            ("/project/promptlint.yaml", existing), ("/project/evals/baseline.json", "{}"), ("/project/evals/fine-tune.json", "{}"));
        string yaml = await CodeFixRunner.TextOf(after, "promptlint.yaml");
        Assert.True(yaml.StartsWith("models:\n  \"ft:gpt-4o-mini:contoso:*\":\n    regression:", StringComparison.Ordinal), yaml);
        Assert.EndsWith("    baseline: evals/baseline.json\n    evaluation: evals/fine-tune.json\n", yaml);
        var config = PromptLint.Configuration.ConfigParser.Parse("/project/promptlint.yaml", yaml);
        Assert.Empty(config.Problems);
        PromptLint.Settings.ModelBaseline model = Assert.Single(config.Config!.Models);
        Assert.Equal("evals/baseline.json", model.Baseline);
        Assert.NotNull(model.Regression?.Base);
        Assert.NotNull(model.Regression?.FineTune);
    }

    [Fact]
    public async Task PL5005_removes_the_dangerous_setting()
    {
        string source = """
            using Microsoft.SemanticKernel;

            class App
            {
                PromptTemplateConfig Config() => new PromptTemplateConfig("Summarize {{$input}} for a busy reader. Reply in JSON with keys title and summary.") { AllowDangerouslySetContent = true, Name = "summarize" };
            }
            """;
        var (_, after, _) = await CodeFixRunner.ApplyAsync(new RemoveDangerousContentFix(), "PL5005", source);
        string fixedText = await CodeFixRunner.TextOf(after, "Program.cs");
        Assert.DoesNotContain("AllowDangerouslySetContent", fixedText);
        Assert.Contains("Name = \"summarize\"", fixedText);
    }

    [Fact]
    public async Task PL5008_renames_a_literal_argument_to_the_variable_the_template_reads()
    {
        string source = """
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;

            class App
            {
                Task<FunctionResult> Run(Kernel kernel, string topic) =>
                    kernel.InvokePromptAsync("Write a story about {{$topic}}. Reply in three sentences.", new KernelArguments { ["topc"] = topic });
            }
            """;
        var (_, after, diagnostic) = await CodeFixRunner.ApplyAsync(new RenameArgumentFix(), "PL5008", source);
        Assert.Equal("\"topc\"", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        string fixedText = await CodeFixRunner.TextOf(after, "Program.cs");
        Assert.Contains("new KernelArguments { [\"topic\"] = topic }", fixedText);
    }
}
