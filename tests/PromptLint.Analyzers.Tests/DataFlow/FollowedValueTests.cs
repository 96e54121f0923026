using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>
/// Values kept where real code keeps them (issue 17, point 3): top-level statements, a <c>foreach</c> over constants,
/// instance <c>readonly</c> fields and get-only properties, <c>string.Format</c> of such a field, methods that return
/// a constant, a <c>StringBuilder</c> filled in top-level statements. Each shape is linted with a prompt that lacks an
/// output format (PL1001) and with one that has it (no PL1001).
/// </summary>
public sealed class FollowedValueTests
{
    private const string Bad = "You are a support agent for Contoso's billing team. Help customers with invoices.";
    private const string Good = "You are a science tutor for children aged 8 to 10. Answer in two short sentences of plain text.";

    private static async Task<ImmutableArray<Diagnostic>> Run(string source, bool program = false)
    {
        var runner = new AnalyzerRunner().WithSource("/project/Program.cs", source);
        return await (program ? runner.AsProgram() : runner).RunAsync();
    }

    private static void AssertPL1001(ImmutableArray<Diagnostic> diagnostics, bool expected) =>
        Assert.True(expected == diagnostics.Any(d => d.Id == "PL1001"), (expected ? "expected" : "did not expect") + " PL1001; got:\n" + string.Join("\n", diagnostics));

    private static string TopLevelReassigned(string first, string second) => $$"""
        using Microsoft.Extensions.AI;

        IChatClient client = null!;
        var instructions = "{{first}}";
        instructions = "{{second}}";
        await client.GetResponseAsync("What color is the sky?", new ChatOptions { Instructions = instructions });
        """;

    [Theory]
    [InlineData(Good, Bad, true)]
    [InlineData(Bad, Good, false)]
    public async Task A_top_level_local_takes_its_last_assignment(string first, string second, bool flagged) =>
        AssertPL1001(await Run(TopLevelReassigned(first, second), program: true), flagged);

    private static string TopLevelBuilder(string text) => $$"""
        using System.Text;
        using OpenAI.Chat;

        ChatClient client = null!;
        var prompt = new StringBuilder();
        prompt.Append("{{text}}");
        prompt.AppendLine();
        await client.CompleteChatAsync(new SystemChatMessage(prompt.ToString()), new UserChatMessage("What color is the sky?"));
        """;

    [Theory]
    [InlineData(Bad, true)]
    [InlineData(Good, false)]
    public async Task A_StringBuilder_filled_in_top_level_statements_is_read(string text, bool flagged) =>
        AssertPL1001(await Run(TopLevelBuilder(text), program: true), flagged);

    private static string LoopOverQuestions(string options) => $$"""
        using Microsoft.Extensions.AI;

        IChatClient client = null!;
        string[] questions = ["What color is the sky?", "Why is the grass green?"];
        foreach (var question in questions)
        {
            await client.GetResponseAsync(question{{options}});
        }
        """;

    [Fact]
    public async Task A_foreach_over_a_local_array_of_constants_gives_user_text()
    {
        var bare = await Run(LoopOverQuestions(""), program: true);
        Assert.Contains(bare, d => d.Id == "PL1005");
        var instructed = await Run(LoopOverQuestions($", new ChatOptions {{ Instructions = \"{Good}\" }}"), program: true);
        Assert.DoesNotContain(instructed, d => d.Id is "PL1005" or "PL1001");
    }

    [Fact]
    public async Task A_foreach_over_a_list_initializer_in_a_method_gives_each_element()
    {
        var diagnostics = await Run($$"""
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Bot
            {
                void Ask(ChatClient client)
                {
                    var personas = new List<string> { "{{Good}}", "{{Bad}}" };
                    foreach (string persona in personas)
                    {
                        client.CompleteChat(new SystemChatMessage(persona), new UserChatMessage("What color is the sky?"));
                    }
                }
            }
            """);
        Diagnostic finding = Assert.Single(diagnostics, d => d.Id == "PL1001");
        Assert.Contains("Contoso", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan));
    }

    private static string ReadonlyMembers(string text) => $$"""
        using Microsoft.Extensions.AI;

        class Bot
        {
            private readonly string _template = "{{text.Replace("Contoso", "{0}").Replace("children", "{0}")}}";

            public string Instructions { get; } = "{{text}}";

            ChatMessage Formatted() => new(ChatRole.System, string.Format(_template, "Contoso"));

            ChatOptions Options() => new() { Instructions = Instructions };
        }
        """;

    [Theory]
    [InlineData(Bad, 2)]
    [InlineData(Good, 0)]
    public async Task Instance_readonly_fields_properties_and_string_Format_of_them_are_read(string text, int findings)
    {
        var diagnostics = await Run(ReadonlyMembers(text));
        Assert.True(findings == diagnostics.Count(d => d.Id == "PL1001"), string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task A_readonly_field_assigned_in_a_constructor_is_not_guessed()
    {
        var diagnostics = await Run($$"""
            using Microsoft.Extensions.AI;

            class Bot
            {
                private readonly string _instructions = "{{Bad}}";

                public Bot(string instructions) => _instructions = instructions;

                ChatOptions Options() => new() { Instructions = _instructions };
            }
            """);
        AssertPL1001(diagnostics, expected: false);
    }

    private static string Returns(string text) => $$"""
        using Microsoft.Extensions.AI;

        class Bot
        {
            static string SystemPrompt() => "{{text}}";

            static string Composed()
            {
                var prompt = SystemPrompt();
                return prompt;
            }

            ChatMessage Message() => new(ChatRole.System, Composed());
        }
        """;

    [Theory]
    [InlineData(Bad, true)]
    [InlineData(Good, false)]
    public async Task A_method_that_returns_a_constant_is_read(string text, bool flagged) =>
        AssertPL1001(await Run(Returns(text)), flagged);
}
