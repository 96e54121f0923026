using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>Context the way the SDK sees it (issue #13, item 2), against the real Semantic Kernel and Microsoft.Extensions.AI.</summary>
public sealed class ContextTests
{
    private const string Task = "You are a ticket classifier for Contoso support. Read the ticket {{$ticket}} and name its category and urgency.";

    [Fact]
    public async Task A_response_format_in_the_settings_passed_to_the_same_call_satisfies_PL1001() =>
        await new AnalyzerRunner()
            .WithSource("/project/Settings.cs", """
                using Microsoft.SemanticKernel.Connectors.OpenAI;

                record Verdict(string Category, string Urgency);

                static class Settings
                {
                    public static readonly OpenAIPromptExecutionSettings Json = new() { ResponseFormat = typeof(Verdict) };
                    public static readonly OpenAIPromptExecutionSettings Plain = new() { Temperature = 0 };
                }
                """)
            .VerifyAsync($$"""
                using System.Threading.Tasks;
                using Microsoft.SemanticKernel;

                class App
                {
                    Task<FunctionResult> Clean(Kernel kernel) => kernel.InvokePromptAsync("{{Task}}", new KernelArguments(Settings.Json));
                    KernelFunction CleanToo(Kernel kernel) => kernel.CreateFunctionFromPrompt("{{Task}}", Settings.Json);
                    Task<FunctionResult> Flagged(Kernel kernel) => kernel.InvokePromptAsync({|PL1001:"{{Task}}"|}, new KernelArguments(Settings.Plain));
                }
                """, "PL1001");

    [Fact]
    public async Task Chat_options_with_a_response_format_defined_elsewhere_and_passed_to_the_call_satisfy_PL1001() =>
        await new AnalyzerRunner()
            .WithSource("/project/Options.cs", """
                using Microsoft.Extensions.AI;

                static class Options
                {
                    public static readonly ChatOptions Json = new() { ResponseFormat = ChatResponseFormat.Json };
                    public static readonly ChatOptions Plain = new() { Temperature = 0 };
                }
                """)
            .VerifyAsync("""
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                class App
                {
                    Task<ChatResponse> Clean(IChatClient client, string q) =>
                        client.GetResponseAsync([new ChatMessage(ChatRole.System, "You are a ticket classifier for Contoso support. Name the category and urgency of the ticket."), new ChatMessage(ChatRole.User, q)], Options.Json);

                    Task<ChatResponse> Flagged(IChatClient client, string q) =>
                        client.GetResponseAsync([new ChatMessage(ChatRole.System, {|PL1001:"You are a ticket classifier for Contoso support. Name the category and urgency of the ticket."|}), new ChatMessage(ChatRole.User, q)], Options.Plain);
                }
                """, "PL1001");

    [Fact]
    public async Task Histories_of_examples_handed_to_a_template_are_examples_not_system_prompts() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            class App
            {
                Task<FunctionResult> Classify(Kernel kernel, string request)
                {
                    List<ChatHistory> fewShotExamples =
                    [
                        new ChatHistory { new ChatMessageContent(AuthorRole.System, "Intent:"), new ChatMessageContent(AuthorRole.User, "Can you send a very quick approval?"), new ChatMessageContent(AuthorRole.Assistant, "SendEmail") },
                        new ChatHistory { new ChatMessageContent(AuthorRole.System, "Intent:"), new ChatMessageContent(AuthorRole.User, "Can you send the full update to the team?"), new ChatMessageContent(AuthorRole.Assistant, "SendMessage") },
                    ];
                    const string template = "<message role=\"system\">You are an intent classifier for an office assistant. Name the user's intent as one word: SendEmail or SendMessage.</message>{{#each fewShotExamples}}{{#each this}}<message role=\"{{role}}\">{{content}}</message>{{/each}}{{/each}}<message role=\"user\">{{request}}</message>";
                    return kernel.InvokePromptAsync(template, new KernelArguments { ["fewShotExamples"] = fewShotExamples, ["request"] = request });
                }

                ChatHistory Live()
                {
                    var history = new ChatHistory();
                    history.Add(new ChatMessageContent(AuthorRole.System, {|PL1002:"Intent:"|})); // thin: PL1002 alone, naming what is missing
                    return history;
                }
            }
            """, "PL1001", "PL1002", "PL2001");

    [Fact]
    public async Task A_request_with_no_instructions_gets_one_finding() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using OpenAI.Chat;

            class App
            {
                Task<FunctionResult> Sk(Kernel kernel) => kernel.InvokePromptAsync({|PL1005:"What color is the sky?"|});
                Task<ChatResponse> Meai(IChatClient client) => client.GetResponseAsync({|PL1005:"What color is the sky?"|});
                ChatCompletion OpenAi(ChatClient client) => client.CompleteChat(new UserChatMessage({|PL1005:"What color is the sky?"|}));

                Task<ChatResponse> WithInstructions(IChatClient client) =>
                    client.GetResponseAsync("What color is the sky?", new ChatOptions { Instructions = "You are a science tutor for children aged 8 to 10. Answer in two short sentences of plain text." });
                Task<ChatResponse> OptionsFromElsewhere(IChatClient client, ChatOptions options) => client.GetResponseAsync("What color is the sky?", options);
                ChatCompletion WithSystem(ChatClient client) =>
                    client.CompleteChat(new SystemChatMessage("You are a science tutor for children aged 8 to 10. Answer in two short sentences of plain text."), new UserChatMessage("What color is the sky?"));
            }
            """, "PL1001", "PL1002", "PL1005");

    [Fact]
    public async Task A_semantic_kernel_chat_request_with_no_instructions_gets_one_finding() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using Microsoft.SemanticKernel.Connectors.OpenAI;

            class App
            {
                Task<ChatMessageContent> Bare(IChatCompletionService chat) => chat.GetChatMessageContentAsync({|PL1005:"What color is the sky?"|});

                Task<ChatMessageContent> History(IChatCompletionService chat)
                {
                    var history = new ChatHistory();
                    history.AddUserMessage({|PL1005:"What color is the sky?"|});
                    return chat.GetChatMessageContentAsync(history);
                }

                Task<ChatMessageContent> WithSettings(IChatCompletionService chat) =>
                    chat.GetChatMessageContentAsync("What color is the sky?", new OpenAIPromptExecutionSettings { ChatSystemPrompt = "You are a science tutor for children aged 8 to 10. Answer in two short sentences of plain text." });

                Task<ChatMessageContent> SettingsFromElsewhere(IChatCompletionService chat, PromptExecutionSettings settings) => chat.GetChatMessageContentAsync("What color is the sky?", settings);
            }
            """, "PL1005", "PL1001", "PL1002");

    [Fact]
    public async Task Prompt_yaml_inside_a_string_is_read_with_the_semantic_kernel_yaml_reader() =>
        await new AnalyzerRunner().WithStubs(Stubs.SemanticKernelYaml).VerifyAsync(""""
            using Microsoft.SemanticKernel;

            class App
            {
                KernelFunction Flagged() => KernelFunctionYaml.FromPromptYaml({|PL1001:"""
                    name: Summarize
                    template_format: semantic-kernel
                    template: |
                      You are an editor for Contoso's engineering blog. Summarize the post {{$post}} for busy readers.
                    input_variables:
                      - name: post
                    """|});

                KernelFunction Clean(Kernel kernel) => kernel.CreateFunctionFromPromptYaml("""
                    name: Summarize
                    template_format: semantic-kernel
                    template: |
                      You are an editor for Contoso's engineering blog. Summarize the post {{$post}} for busy readers.
                      Reply in JSON with keys title and summary.
                    input_variables:
                      - name: post
                    """);
            }
            """", "PL1001");
}
