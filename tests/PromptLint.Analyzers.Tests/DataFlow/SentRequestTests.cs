using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>PL1005 judges the request that is sent: its own options, its own messages, not the rest of the method.</summary>
public sealed class SentRequestTests
{
    private const string Good = "You are a science tutor for children aged 8 to 10. Answer in two short sentences of plain text.";

    [Fact]
    public async Task Options_in_a_local_that_carry_only_tools_do_not_instruct_the_request() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Weather
            {
                static string Forecast(string city) => "sunny";

                Task<ChatResponse> Ask(IChatClient client)
                {
                    var options = new ChatOptions { Tools = [AIFunctionFactory.Create(Forecast, "forecast", "Gets the forecast for a city.")] };
                    options.Temperature = 0.2f;
                    return client.GetResponseAsync({|PL1005:"What is the weather in Paris?"|}, options);
                }
            }
            """, "PL1005");

    [Fact]
    public async Task Options_in_a_local_with_instructions_set_on_the_path_instruct_the_request() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Weather
            {
                Task<ChatResponse> InInitializer(IChatClient client)
                {
                    var options = new ChatOptions { Instructions = "{{Good}}" };
                    return client.GetResponseAsync("What color is the sky?", options);
                }

                Task<ChatResponse> Assigned(IChatClient client)
                {
                    var options = new ChatOptions();
                    options.Instructions = "{{Good}}";
                    return client.GetResponseAsync("What color is the sky?", options);
                }

                Task<ChatResponse> FromAFactory(IChatClient client)
                {
                    ChatOptions options = Make();
                    return client.GetResponseAsync("What color is the sky?", options);
                }

                static ChatOptions Make() => new();
            }
            """, "PL1005");

    [Fact]
    public async Task An_unused_system_message_does_not_instruct_another_request() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Bot
            {
                async Task Ask(IChatClient client)
                {
                    var unused = new ChatMessage(ChatRole.System, "{{Good}}");
                    var options = new ChatOptions { Temperature = 0.1f };
                    await client.GetResponseAsync({|PL1005:"What color is the sky?"|}, options);
                }

                Task<ChatResponse> History(IChatClient client)
                {
                    var history = new List<ChatMessage> { new(ChatRole.System, "{{Good}}") };
                    history.Add(new ChatMessage(ChatRole.User, "What color is the sky?"));
                    return client.GetResponseAsync(history);
                }

                Task<ChatResponse> Unseen(IChatClient client, List<ChatMessage> history)
                {
                    history.Add(new ChatMessage(ChatRole.User, "What color is the sky?"));
                    return client.GetResponseAsync(history);
                }
            }
            """, "PL1005");

    [Fact]
    public async Task OpenAI_string_conversion_is_a_user_message() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            class Bot
            {
                Task<System.ClientModel.ClientResult<ChatCompletion>> Bare(ChatClient client) => client.CompleteChatAsync({|PL1005:"What color is the sky?"|});
                Task<System.ClientModel.ClientResult<ChatCompletion>> Instructed(ChatClient client) =>
                    client.CompleteChatAsync(new SystemChatMessage("{{Good}}"), "What color is the sky?");
            }
            """, "PL1005");

    [Fact]
    public async Task A_Responses_call_with_user_text_only_is_flagged_and_one_with_instructions_is_clean() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            #pragma warning disable OPENAI001
            using System.Threading.Tasks;
            using OpenAI.Responses;

            class Bot
            {
                async Task Bare(ResponsesClient client) =>
                    await client.CreateResponseAsync("gpt-4.1", {|PL1005:"What color is the sky?"|});

                async Task Instructed(ResponsesClient client)
                {
                    var options = new CreateResponseOptions("gpt-4.1", [ResponseItem.CreateUserMessageItem("What color is the sky?")]) { Instructions = "{{Good}}" };
                    await client.CreateResponseAsync(options);
                }
            }
            """, "PL1005");
}
