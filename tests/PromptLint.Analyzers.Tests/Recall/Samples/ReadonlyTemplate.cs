// library
// A prompt template kept in an instance readonly field and filled with string.Format.
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

public sealed class TranslationService(IChatClient client)
{
    private readonly string _systemTemplate = "You are a translator for {0}. Translate the user's text into {1}.";

    public Task<ChatResponse> TranslateAsync(string text)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, string.Format(_systemTemplate, "Contoso Pharma", "German")), // expect: PL1001
            new(ChatRole.User, text),
        };
        return client.GetResponseAsync(messages);
    }
}
