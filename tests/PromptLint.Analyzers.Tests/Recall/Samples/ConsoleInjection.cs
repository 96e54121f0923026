// program
// A newcomer's console app: what the user types goes into the system message.
using System;
using OpenAI.Chat;

ChatClient client = new("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "");
Console.Write("Which language do you study? ");
string subject = Console.ReadLine() ?? "";
string learner = args.Length > 0 ? args[0] : "student";

var messages = new ChatMessage[]
{
    new SystemChatMessage($"You are a patient tutor. Reply in at most three sentences. The learner studies {subject}. Address them as {learner}."), // expect: PL5004 PL5004
    new UserChatMessage("How do I say good morning?"),
};
ChatCompletion completion = await client.CompleteChatAsync(messages);
Console.WriteLine(completion.Content[0].Text);
