// program
// The system prompt is assembled with a StringBuilder in top-level statements.
using System;
using System.Text;
using OpenAI.Chat;

ChatClient client = new("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "");
var system = new StringBuilder();
system.AppendLine("You are a code reviewer for a C# team."); // expect: PL1001
system.AppendLine("Point out bugs and risky patterns in the diff you are given.");

ChatCompletion completion = await client.CompleteChatAsync(
    new SystemChatMessage(system.ToString()),
    new UserChatMessage("Please review: if (x = 1) { }"));
Console.WriteLine(completion.Content[0].Text);
