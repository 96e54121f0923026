using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// The syntax pre-filter asks for a block's operations only when its syntax can reach the SDK. These are the shapes
/// that reach it without writing a catalog name in the block: each would go unreported if the filter missed it.
/// </summary>
public sealed class SyntaxPreFilterTests
{
    private const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. ";

    [Fact]
    public async Task A_system_message_made_through_a_using_alias_is_linted() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using Sys = OpenAI.Chat.SystemChatMessage;

            class App
            {
                object Build() => new Sys({|PL1001:"{{Persona}}Be kind."|});
            }
            """, "PL1001");

    [Fact]
    public async Task A_target_typed_message_in_a_block_that_names_no_sdk_member_is_linted() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;

            class App
            {
                private readonly List<ChatMessage> _history = new();

                void Start() => _history.Add(new(new ChatRole("system"), {|PL1001:"{{Persona}}Be kind."|}));
            }
            """, "PL1001");

    [Fact]
    public async Task A_helper_called_as_an_extension_method_is_linted_at_the_caller() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            static class Prompts
            {
                public static SystemChatMessage AsSystem(this string text) => new SystemChatMessage(text);
            }

            class App
            {
                object Build() => {|PL1001:"{{Persona}}Be kind."|}.AsSystem();
            }
            """, "PL1001");

    [Fact]
    public async Task Instructions_passed_to_a_base_constructor_are_linted_at_the_call() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using Microsoft.Extensions.AI;

            abstract class Agent
            {
                protected Agent(string instructions)
                {
                    Options = new ChatOptions { Instructions = instructions };
                }

                public ChatOptions Options { get; }
            }

            sealed class Billing : Agent
            {
                public Billing() : base({|PL1001:"{{Persona}}Be kind."|})
                {
                }
            }
            """, "PL1001");

    [Fact]
    public async Task A_tool_made_through_a_static_import_of_the_factory_needs_a_description() =>
        await new AnalyzerRunner().VerifyAsync("""
            using Microsoft.Extensions.AI;
            using static Microsoft.Extensions.AI.AIFunctionFactory;

            class Tools
            {
                static string Weather(string city) => city;

                AIFunction Build() => {|PL1006:Create(Weather)|};
            }
            """, "PL1006");

    [Fact]
    public async Task A_model_id_as_a_parameter_default_is_reported_where_written_not_at_each_call() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            class Bot
            {
                ChatClient Make(string model = {|PL4001:"ft:gpt-4o-mini:contoso:support:9NG2I8g6"|}) => new ChatClient(model, "key");

                ChatClient Use() => Make();
            }
            """, "PL4001");

    [Fact]
    public async Task With_an_sdk_operations_are_requested_per_block_not_registered_for_every_block()
    {
        var runner = new AnalyzerRunner().WithSource("/project/Program.cs", """
            using OpenAI.Chat;
            class Bot { SystemChatMessage M() => new SystemChatMessage("Be nice."); int N() => 1; }
            """);
        var compilation = runner.Compile().WithAnalyzers([new PromptLintAnalyzer()], new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await compilation.GetAllDiagnosticsAsync();
        var telemetry = await compilation.GetAnalyzerTelemetryInfoAsync(compilation.Analyzers[0], CancellationToken.None);

        Assert.Equal(0, telemetry.OperationBlockStartActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockEndActionsCount + telemetry.OperationActionsCount);
        Assert.Equal(1, telemetry.CodeBlockActionsCount);
        Assert.Equal(2, telemetry.SyntaxNodeActionsCount); // model-ID literals (ModelIdLiterals), prompt loads and invocations (PromptFileCalls)
    }
}
