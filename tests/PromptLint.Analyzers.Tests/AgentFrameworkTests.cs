using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// Microsoft Agent Framework (Microsoft.Agents.AI 1.28.0) against the real assemblies, compiled together with
/// Microsoft.Extensions.AI — the Agent Framework declares a type with the same metadata name as Microsoft.Extensions.AI's
/// extension holder, which must not hide either one.
/// </summary>
public sealed class AgentFrameworkTests
{
    [Fact]
    public void The_test_compilation_holds_two_types_named_like_the_extension_holder()
    {
        var compilation = new AnalyzerRunner().WithSource("/project/Empty.cs", "class Empty { }").Compile();
        Assert.Null(compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ChatClientExtensions"));
        Assert.Equal(2, compilation.GetTypesByMetadataName("Microsoft.Extensions.AI.ChatClientExtensions").Length);
    }

    [Fact]
    public async Task A_bare_string_request_is_seen_beside_the_Agent_Framework() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Bot
            {
                Task<ChatResponse> Ask(IChatClient client) => client.GetResponseAsync({|PL1005:"What color is the sky?"|});
            }
            """, "PL1005");

    [Fact]
    public async Task A_string_request_with_instructions_in_options_is_clean_beside_the_Agent_Framework() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Bot
            {
                Task<ChatResponse> Ask(IChatClient client) =>
                    client.GetResponseAsync("What color is the sky?", new ChatOptions { Instructions = "You answer weather questions for Contoso's travel desk in one short sentence." });
            }
            """, "PL1005");

    private const string Good = "You are a science tutor for children aged 8 to 10. Answer in two short sentences of plain text.";

    [Fact]
    public async Task AsAIAgent_instructions_are_a_system_prompt() =>
        await new AnalyzerRunner().AsProgram().VerifyAsync($$"""
            using System;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            IChatClient client = null!;
            AIAgent joker = client.AsAIAgent(instructions: {|PL1001:"You are a comedian who tells short, clean jokes to children at birthday parties."|}, name: "Joker");
            AIAgent tutor = client.AsAIAgent(instructions: "{{Good}}", name: "Tutor");
            Console.WriteLine(await tutor.RunAsync("What color is the sky?"));
            """, "PL1001");

    [Fact]
    public async Task ChatClientAgent_constructor_BuildAIAgent_and_ChatOptions_instructions_are_system_prompts() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            class Agents
            {
                AIAgent Ctor(IChatClient client) => new ChatClientAgent(client, {|PL1001:"You are a support agent for Contoso's billing team. Help customers with invoices."|});
                AIAgent Options(IChatClient client) => new ChatClientAgent(client, new ChatClientAgentOptions
                {
                    Name = "Billing",
                    ChatOptions = new ChatOptions { Instructions = {|PL1001:"You are a support agent for Contoso's refunds team. Help customers with invoices and payments."|} },
                });
                AIAgent Built(ChatClientBuilder builder) => builder.BuildAIAgent(instructions: {|PL1001:"You are a support agent for Contoso's refunds team. Help customers with refunds and returns."|});
                AIAgent Clean(IChatClient client) => new ChatClientAgent(client, "{{Good}}");
            }
            """, "PL1001");

    [Fact]
    public async Task A_run_of_an_agent_made_here_without_instructions_is_a_request_without_instructions() =>
        await new AnalyzerRunner().AsProgram().VerifyAsync($$"""
            using System;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            IChatClient client = null!;
            AIAgent bare = client.AsAIAgent(name: "Joker");
            Console.WriteLine(await bare.RunAsync({|PL1005:"Tell me a joke about a pirate."|}));
            """, "PL1005");

    [Fact]
    public async Task Runs_of_instructed_or_unseen_agents_are_clean() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Threading.Tasks;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            class Runs
            {
                async Task Instructed(IChatClient client)
                {
                    AIAgent agent = client.AsAIAgent(instructions: "{{Good}}");
                    await agent.RunAsync("What color is the sky?");
                    await foreach (var update in agent.RunStreamingAsync(new ChatMessage(ChatRole.User, "And the sea?"))) { }
                }

                Task<AgentResponse> Unseen(AIAgent agent) => agent.RunAsync("What color is the sky?");
            }
            """, "PL1005", "PL1001");

    [Fact]
    public async Task Agent_tools_need_descriptions() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.ComponentModel;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;

            class Weather
            {
                static string Forecast(string {|PL1007:city|}) => "sunny";

                [Description("Gets today's forecast for a city.")]
                static string Described([Description("The city name, in English.")] string city) => "sunny";

                AIAgent Build(IChatClient client) => client.AsAIAgent(
                    instructions: "You answer weather questions for Contoso's travel desk in one short sentence of plain text.",
                    tools: [{|PL1006:AIFunctionFactory.Create(Forecast)|}, AIFunctionFactory.Create(Described)]);
            }
            """, "PL1006", "PL1007");

    /// <summary>
    /// The provider packages (Microsoft.Agents.AI.OpenAI and others) are not served here; this stub has the shape
    /// their <c>CreateAIAgent</c> extensions share: an <c>instructions</c> parameter, an agent returned.
    /// </summary>
    private const string ProviderStub = """
        namespace OpenAI
        {
            public static class ProviderChatClientExtensions
            {
                public static Microsoft.Agents.AI.ChatClientAgent CreateAIAgent(this OpenAI.Chat.ChatClient client, string? instructions = null, string? name = null) => null!;
            }
        }
        """;

    [Fact]
    public async Task A_provider_packages_CreateAIAgent_instructions_are_a_system_prompt() =>
        await new AnalyzerRunner().WithStubs(ProviderStub).AsProgram().VerifyAsync($$"""
            using System;
            using OpenAI;
            using OpenAI.Chat;

            ChatClient chat = new("gpt-4o-mini", "key");
            var joker = chat.CreateAIAgent(instructions: {|PL1001:"You are a comedian who tells jokes about pirates and sailors to children at parties."|}, name: "Joker");
            var tutor = chat.CreateAIAgent(instructions: "{{Good}}", name: "Tutor");
            Console.WriteLine(await tutor.RunAsync("What color is the sky?"));
            """, "PL1001", "PL1005");
}
