// library
// Prompts returned by small methods and a get-only property.
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

public sealed class RecipeBot(IChatClient client)
{
    public string Persona { get; } = "You are a chef who helps home cooks use leftovers.";

    private static string SafetyRules() => "Never suggest raw chicken or unpasteurized milk.";

    private string SystemPrompt() => Persona + " " + SafetyRules();

    public Task<ChatResponse> AskAsync(string question) =>
        client.GetResponseAsync(question, new ChatOptions { Instructions = SystemPrompt() }); // expect: PL1001
}
