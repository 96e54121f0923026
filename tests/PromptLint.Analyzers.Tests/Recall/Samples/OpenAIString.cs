// program
// The OpenAI client takes a string through ChatMessage's implicit conversion.
using System;
using OpenAI.Chat;

ChatClient client = new("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "");
ChatCompletion completion = await client.CompleteChatAsync("Write a haiku about autumn in Kyoto."); // expect: PL1005
Console.WriteLine(completion.Content[0].Text);
