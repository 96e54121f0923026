using OpenAI.Chat;

// Ticket triage on a fine-tuned model. promptlint.yaml declares the evidence behind the fine-tune: the prompt-only
// baseline, the held-out evaluation, and the training and validation sets (docs/fine-tuning.md).

Console.WriteLine("Northwind ticket triage: set OPENAI_API_KEY and call Triage.Classify from your host.");

public static class Triage
{
    public const string FineTunedModel = "ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6";

    public static ChatCompletion Classify(string ticket)
    {
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("triage", BinaryData.FromString("""
                {"type": "object", "properties": {"category": {"type": "string"}}, "required": ["category"]}
                """)),
        };
        ChatMessage[] messages =
        [
            new SystemChatMessage("You are the ticket triage assistant for Northwind Outdoor. Classify each ticket into billing, shipping, product or account. Reply with JSON only."),
            new UserChatMessage("Charged twice, order 1042"),
            new AssistantChatMessage("""{"category": "billing"}"""),
            new UserChatMessage("Parcel late, order 2210"),
            new AssistantChatMessage("""{"category": "shipping"}"""),
            new UserChatMessage("Tent pole snapped, order 3307"),
            new AssistantChatMessage("""{"category": "product"}"""),
            new UserChatMessage(ticket),
        ];
        return new ChatClient(FineTunedModel, Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "").CompleteChat(messages, options);
    }
}
