// program
// A smoke test that asks a fixed list of questions.
using System;
using Microsoft.Extensions.AI;

IChatClient client = Provider.CreateChatClient();
string[] questions =
[
    "What is the capital of Australia?", // expect: PL1005
    "How many moons does Mars have?",
];

foreach (var question in questions)
{
    var answer = await client.GetResponseAsync(question);
    Console.WriteLine($"{question} -> {answer.Text}");
}

static class Provider
{
    public static IChatClient CreateChatClient() => throw new NotImplementedException("Plug in the chat client of your provider.");
}
