// library
// A system message is built but never sent; the request goes out with options only.
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

public sealed class SummaryService(IChatClient client)
{
    public async Task<string> SummarizeAsync()
    {
        var system = new ChatMessage(ChatRole.System, "You summarize support tickets. Reply with one sentence of plain text."); // expect: PL1002
        var options = new ChatOptions { MaxOutputTokens = 200 };
        var response = await client.GetResponseAsync("Summarize the latest release notes for the mobile app.", options); // expect: PL1005
        return response.Text;
    }
}
