// library
// An agent built with options and a tool, as a service would register it.
using System.ComponentModel;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

public sealed class WeatherAgentFactory
{
    [Description("Gets the current temperature in Celsius for a city.")]
    private static int Temperature([Description("The city name in English, e.g. 'Oslo'.")] string city) => 21;

    private static string Alerts(string city) => "none"; // expect: PL1007

    public AIAgent Create(IChatClient client) => new ChatClientAgent(client, new ChatClientAgentOptions
    {
        Name = "Weather",
        ChatOptions = new ChatOptions
        {
            Instructions = "You are a weather assistant for a ski resort. Help guests decide when to ski.", // expect: PL1001
            Tools = [AIFunctionFactory.Create(Temperature), AIFunctionFactory.Create(Alerts)], // expect: PL1006
        },
    });

    public AIAgent Plain(IChatClient client) => new ChatClientAgent(client, "You are a concierge for the ski resort. Recommend restaurants to guests."); // expect: PL1001
}
