// program
// A console chat with an Agent Framework agent made from an IChatClient.
using System;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

IChatClient chatClient = Provider.CreateChatClient();
AIAgent agent = chatClient.AsAIAgent(
    instructions: "You are a friendly travel assistant for Northwind Air. Help travellers plan trips.", // expect: PL1001
    name: "TravelBuddy");

Console.WriteLine(await agent.RunAsync("Suggest a weekend trip from Seattle."));

static class Provider
{
    public static IChatClient CreateChatClient() => throw new NotImplementedException("Plug in the chat client of your provider.");
}
