// program
// The options carry a tool and a temperature, but no instructions.
using System;
using Microsoft.Extensions.AI;

IChatClient client = Provider.CreateChatClient();
var options = new ChatOptions
{
    Temperature = 0.3f,
    Tools = [AIFunctionFactory.Create(() => DateTime.UtcNow.ToString("O"), "now", "Returns the current UTC time.")],
};

var response = await client.GetResponseAsync("What time is it in Tokyo right now?", options); // expect: PL1005
Console.WriteLine(response.Text);

static class Provider
{
    public static IChatClient CreateChatClient() => throw new NotImplementedException("Plug in the chat client of your provider.");
}
