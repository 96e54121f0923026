using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

public sealed class OpenAIChatTests
{
    [Fact]
    public async Task System_prompt_without_format_is_flagged_on_the_string()
    {
        await new AnalyzerRunner().VerifyAsync("""
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Bot
            {
                ChatCompletion Ask(ChatClient client, string question)
                {
                    var messages = new List<ChatMessage>
                    {
                        new SystemChatMessage({|PL1001:{|PL2001:"You are a support agent for Contoso's billing team. Help customers with invoices and refunds. Be friendly."|}|}),
                        new UserChatMessage(question),
                    };
                    return client.CompleteChat(messages);
                }
            }
            """, "PL1001", "PL2001");
    }
}
