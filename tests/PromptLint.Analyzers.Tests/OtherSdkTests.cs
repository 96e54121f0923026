using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>Microsoft.Extensions.AI, Semantic Kernel, OllamaSharp and Anthropic against the real packages; the community Anthropic.SDK and Bedrock against stubs.</summary>
public sealed class OtherSdkTests
{
    [Fact]
    public async Task Meai_system_chat_message_and_options_instructions() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Bot
            {
                Task<ChatResponse> Ask(IChatClient client, string q)
                {
                    var messages = new[]
                    {
                        new ChatMessage(ChatRole.System, {|PL1001:"You are a support agent for Contoso's billing team. Help customers with invoices."|}),
                        new ChatMessage(ChatRole.User, q),
                    };
                    return client.GetResponseAsync(messages);
                }

                Task<ChatResponse> Instructions(IChatClient client, string q) =>
                    client.GetResponseAsync(q, new ChatOptions { Instructions = {|PL1001:"You are a support agent for Contoso. Help customers with invoices and refunds."|} });
            }
            """, "PL1001");

    [Fact]
    public async Task Meai_response_format_and_structured_output_satisfy_PL1001() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            record Verdict(string Label);

            class Bot
            {
                Task<ChatResponse> Json(IChatClient client, string q) =>
                    client.GetResponseAsync([new ChatMessage(ChatRole.System, "You are a triage agent for Contoso. Classify tickets."), new ChatMessage(ChatRole.User, q)],
                        new ChatOptions { ResponseFormat = ChatResponseFormat.Json });

                Task<ChatResponse<Verdict>> Typed(IChatClient client, string q) =>
                    client.GetResponseAsync<Verdict>([new ChatMessage(ChatRole.System, "You are a triage agent for Contoso. Classify tickets."), new ChatMessage(ChatRole.User, q)]);
            }
            """, "PL1001");

    [Fact]
    public async Task Meai_few_shot_turns_count_as_examples() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;

            class Bot
            {
                List<ChatMessage> Build(string q)
                {
                    var history = new List<ChatMessage> { new(ChatRole.System, "You are a sentiment classifier for product reviews. Answer with one word: positive or negative.") };
                    history.Add(new ChatMessage(ChatRole.User, "Great product!"));
                    history.Add(new ChatMessage(ChatRole.Assistant, "positive"));
                    history.Add(new ChatMessage(ChatRole.User, q));
                    return history;
                }
            }
            """, "PL1001", "PL2001");

    [Fact]
    public async Task Anthropic_system_via_implicit_conversion_and_typed_turns() =>
        await new AnalyzerRunner().VerifyAsync("""
            using Anthropic.Models.Messages;

            class Bot
            {
                MessageCreateParams Build(string q) => new()
                {
                    Model = "claude-opus-4-6",
                    MaxTokens = 512,
                    System = {|PL1001:"You are a support agent for Contoso's billing team. Help customers with invoices and refunds."|},
                    Messages =
                    [
                        new UserMessageParam("Was I charged twice?"),
                        new AssistantMessageParam { Content = "Let me check your last two invoices." },
                        new UserMessageParam(q),
                    ],
                };
            }
            """, "PL1001", "PL2001");

    [Fact]
    public async Task Semantic_kernel_chat_history_templates_agents_and_settings() =>
        await new AnalyzerRunner().WithStubs(Stubs.SemanticKernelAgents).VerifyAsync("""
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using Microsoft.SemanticKernel.Agents;
            using Microsoft.SemanticKernel.Connectors.OpenAI;

            class Bot
            {
                void Chat(string q)
                {
                    var history = new ChatHistory({|PL1001:"You are a travel agent for Contoso Travel. Help customers plan city trips in Europe."|});
                    history.AddUserMessage("Two days in Rome?");
                    history.AddAssistantMessage("Day 1: Colosseum and Forum. Day 2: Vatican Museums.");
                    history.AddUserMessage(q);
                }

                void Template(Kernel kernel)
                {
                    // Two words and no role tags: Semantic Kernel sends it as a lone user message (PL1005, not PL1001).
                    var f = KernelFunctionFactory.CreateFromPrompt({|PL1005:{|PL5001:"Summarize {{$input"|}|});
                }

                void Agent()
                {
                    var agent = new ChatCompletionAgent { Instructions = {|PL1001:"You are a support agent for Contoso. Help with orders and returns."|} };
                }

                void Settings()
                {
                    // A response format set in the same method satisfies PL1001 for the prompts there.
                    var settings = new OpenAIPromptExecutionSettings { ChatSystemPrompt = "You are a support agent for Contoso. Reply in JSON with keys answer and confidence.", ResponseFormat = "json_object" };
                }
            }
            """, "PL1001", "PL1005", "PL5001");

    [Fact]
    public async Task Semantic_kernel_chat_history_with_a_role_argument_is_that_role() =>
        await new AnalyzerRunner().VerifyAsync("""
            using Microsoft.SemanticKernel.ChatCompletion;

            class Bot
            {
                ChatHistory User() => new ChatHistory("What color is the sky?", AuthorRole.User);
                ChatHistory System() => new ChatHistory({|PL1001:"You are a science tutor for children aged 8 to 10. Explain what the user asks about."|}, AuthorRole.System);
            }
            """, "PL1001", "PL1002", "PL1005");

    [Fact]
    public async Task Ollama_chat_system_prompt_and_messages_on_the_real_package() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OllamaSharp;
            using OllamaSharp.Models.Chat;

            class Bot
            {
                void Build(string q)
                {
                    var client = new OllamaApiClient("http://localhost:11434", "llama3.2");
                    var chat = new Chat(client, {|PL1001:"You are a helpful cooking assistant for home cooks. Suggest recipes from the ingredients given."|});
                    var m = new Message(ChatRole.User, q);
                    var quiet = new Chat(client, "You are a cooking assistant for home cooks. Suggest one recipe. Reply in JSON with keys name and steps.");
                }
            }
            """, "PL1001");

    [Fact]
    public async Task Community_anthropic_and_bedrock_stubs() =>
        await new AnalyzerRunner().WithStubs(Stubs.Others).VerifyAsync("""
            using Anthropic.SDK.Messaging;
            using Amazon.BedrockRuntime.Model;

            class Bot
            {
                void Build(string q)
                {
                    var s = new SystemMessage({|PL1001:"You are a release-notes writer for Contoso. Summarize merged pull requests for customers."|});
                    var m = new Message(RoleType.User, q);
                    var block = new SystemContentBlock { Text = {|PL1001:"You are an analyst for Contoso. Explain sales figures to managers in plain words."|} };
                    var request = new ConverseRequest { ModelId = "anthropic.claude-3-5-sonnet-20241022-v2:0" };
                }
            }
            """, "PL1001");
}
