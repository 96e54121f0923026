using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>OpenAI 2.x chat: system/developer messages, few-shot turns, response format, string resolution.</summary>
public sealed class OpenAIChatTests
{
    private const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. ";

    [Fact]
    public async Task System_prompt_without_format_or_examples_is_flagged_on_the_string() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Bot
            {
                ChatCompletion Ask(ChatClient client, string question)
                {
                    var messages = new List<ChatMessage>
                    {
                        new SystemChatMessage({|PL1001:{|PL2001:"{{Persona}}Be friendly."|}|}),
                        new UserChatMessage(question),
                    };
                    return client.CompleteChat(messages);
                }
            }
            """, "PL1001", "PL2001");

    [Fact]
    public async Task Few_shot_turns_and_a_json_schema_response_format_satisfy_PL1001_and_PL2001() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System;
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Classifier
            {
                ChatCompletion Classify(ChatClient client, string ticket)
                {
                    ChatMessage[] messages =
                    [
                        ChatMessage.CreateSystemMessage("{{Persona}}Classify the ticket."),
                        ChatMessage.CreateUserMessage("My card was charged twice."),
                        ChatMessage.CreateAssistantMessage("{\"category\": \"billing\"}"),
                        ChatMessage.CreateUserMessage("The app crashes on login."),
                        ChatMessage.CreateAssistantMessage("{\"category\": \"bug\"}"),
                        ChatMessage.CreateUserMessage("Where is my invoice?"),
                        ChatMessage.CreateAssistantMessage("{\"category\": \"billing\"}"),
                        ChatMessage.CreateUserMessage(ticket),
                    ];
                    var options = new ChatCompletionOptions
                    {
                        ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("category", BinaryData.FromString("{}")),
                    };
                    return client.CompleteChat(messages, options);
                }
            }
            """, "PL1001", "PL2001", "PL2002");

    [Fact]
    public async Task A_text_response_format_does_not_count_as_a_format_spec() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                ChatCompletion Ask(ChatClient client, string q)
                {
                    var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateTextFormat() };
                    return client.CompleteChat([new SystemChatMessage({|PL1001:"{{Persona}}"|}), new UserChatMessage(q)], options);
                }
            }
            """, "PL1001");

    [Fact]
    public async Task Constants_concatenation_raw_and_verbatim_literals_and_readonly_fields_are_resolved() =>
        await new AnalyzerRunner().VerifyAsync($$""""
            using OpenAI.Chat;

            static class Prompts
            {
                public const string Role = "You are a support agent for Contoso's billing team. ";
                public static readonly string Task = "Help customers with invoices and refunds. Reply in JSON.";
            }

            class Bot
            {
                const string Local = Prompts.Role + "Be kind and patient with every customer.";

                void Build(string q)
                {
                    var a = new SystemChatMessage({|PL2001:Prompts.Role + Prompts.Task|});
                    var b = new SystemChatMessage({|PL1001:{|PL2001:Local|}|});
                    var c = new SystemChatMessage({|PL2001:"""
                        You are a support agent for Contoso's billing team.
                        Help customers with invoices. Answer in one sentence.
                        """|});
                    var d = new SystemChatMessage({|PL1001:{|PL2001:@"You are a ""billing"" agent for Contoso. Help customers with their invoices and refunds."|}|});
                    string single = "You are an agent for Contoso billing. Help customers with invoices. Reply in JSON.";
                    var e = new SystemChatMessage({|PL2001:single|});
                }
            }
            """", "PL1001", "PL2001");

    [Fact]
    public async Task Unresolvable_values_are_skipped_silently() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            class Bot
            {
                static string Load() => System.IO.File.ReadAllText("system.txt");

                void Build(string fromCaller)
                {
                    string reassigned = "x";
                    reassigned = Load();
                    var a = new SystemChatMessage(Load());
                    var b = new SystemChatMessage(fromCaller);
                    var c = new SystemChatMessage(reassigned);
                }
            }
            """);

    [Fact]
    public async Task An_interpolated_parameter_in_the_system_prompt_is_PL5004_at_the_hole() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            class Bot
            {
                const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. Reply in JSON. ";

                void Build(string customerNote, Request request)
                {
                    var a = new SystemChatMessage($"{Persona}The customer says: {{|PL5004:customerNote|}}");
                    var b = new SystemChatMessage($"{Persona}The customer says: <note>{customerNote}</note>");
                    var now = System.DateTime.UtcNow;
                    var c = new SystemChatMessage($"{Persona}Today is {now:yyyy-MM-dd}.");
                    var d = new SystemChatMessage(Persona + "Question: " + {|PL5004:request.Question|});
                }
            }

            class Request { public string Question { get; set; } = ""; }
            """, "PL5004");

    /// <summary>
    /// The host-equivalence prompt of tests/PromptLint.Hosts.Tests (DelimitedVariableEquivalenceTests) in C#: a value
    /// between tags on lines of its own (written with <c>\n</c> escapes, as in a JSON string), one between tags inline,
    /// and one bare; only the bare one is PL5004, as in every prompt file format.
    /// </summary>
    [Fact]
    public async Task Only_the_bare_value_of_the_host_equivalence_prompt_is_PL5004() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            class Triage
            {
                SystemChatMessage Build(string message, string order, string notes) =>
                    new SystemChatMessage($"You route support tickets for Contoso's billing team. Reply with one word: billing, refund or other.\n<message>\n{message}\n</message>\nThe order: <order>{order}</order>\nTicket notes: {{|PL5004:notes|}}\n");
            }
            """, "PL5004");

    [Fact]
    public async Task Pragma_and_editorconfig_style_suppression_work_as_for_any_analyzer() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                void Build()
                {
            #pragma warning disable PL1001, PL2001
                    var a = new SystemChatMessage("{{Persona}}Be friendly.");
            #pragma warning restore PL1001, PL2001
                    var b = new SystemChatMessage({|PL1001:{|PL2001:"{{Persona}}Be kind."|}|});
                }
            }
            """, "PL1001", "PL2001");

    [Fact]
    public async Task A_secret_in_a_prompt_string_is_an_error() =>
        Assert.Equal(DiagnosticSeverity.Error, (await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                void Build() => new SystemChatMessage({|PL7001:"{{Persona}}Reply in JSON. Use key sk-proj-Ab3dEf9hIjKlMn0pQrStUvWxYz123456789ABCDEFGHij for lookups."|});
            }
            """, "PL7001")).Single(d => d.Id == "PL7001").Severity);

    [Fact]
    public async Task Responses_and_assistants_instructions_are_system_prompts() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Responses;
            using OpenAI.Assistants;

            class Bot
            {
                void Build()
                {
            #pragma warning disable OPENAI001
                    var r = new CreateResponseOptions { Instructions = {|PL1001:"{{Persona}}"|} };
                    var a = new AssistantCreationOptions { Instructions = {|PL1001:"{{Persona}}"|} };
            #pragma warning restore OPENAI001
                }
            }
            """, "PL1001");
}
