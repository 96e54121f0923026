// library
// Semantic Kernel chat history, the shape the catalog knew before.
using System.Threading.Tasks;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

public sealed class HelpDesk(IChatCompletionService chat)
{
    public Task<ChatMessageContent> AnswerAsync(string question)
    {
        var history = new ChatHistory("You are the help desk of a city library. Answer questions about opening hours and loans."); // expect: PL1001
        history.AddUserMessage(question);
        return chat.GetChatMessageContentAsync(history);
    }
}
