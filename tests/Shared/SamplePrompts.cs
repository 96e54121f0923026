namespace PromptLint.Tests.Shared;

/// <summary>Prompts several test projects need: one with no finding at all.</summary>
internal static class SamplePrompts
{
    /// <summary>A Prompty file with a role, an output format, three examples and a delimited variable: no finding.</summary>
    public const string Clean = """
        system:
        You are a triage assistant for Contoso's help desk. Classify each ticket by urgency.
        Respond with only one label: P1, P2 or P3.

        <example>
        Ticket: The whole office is offline.
        Label: P1
        </example>
        <example>
        Ticket: Printer on floor 3 is low on toner.
        Label: P3
        </example>
        <example>
        Ticket: Two users cannot open the CRM.
        Label: P2
        </example>
        user:
        <ticket>{{ticket}}</ticket>
        """;
}
