using PromptLint.Core.Tests.Infrastructure;

namespace PromptLint.Core.Tests.Rules;

/// <summary>
/// Where examples end: labeled lines inside a chat-turn example's user turn are its input, a colon inside a
/// parenthesis starts no label, a labeled line answered by a list is a worked example, and an example's output
/// instructs nothing (so it cannot conflict with an instruction, state the answer's format or give the model a role).
/// </summary>
public sealed class ExampleBoundaryTests
{
    private const string ChatTurnExamples = "system:\nYou are the order-status assistant. Respond with a single JSON object with the keys \"reply\" and \"status\".\n\n"
        + "user:\nCustomer: Lena\nQuestion: Has my tent shipped yet?\n\nassistant:\n{\"reply\": \"Not yet, Lena.\", \"status\": \"processing\"}\n\n"
        + "user:\nCustomer: Omar\nQuestion: Where is my parcel?\n\nassistant:\n{\"reply\": \"On its way, Omar.\", \"status\": \"in_transit\"}\n\n"
        + "user:\nCustomer: {{name}}\nQuestion: {{question}}\n";

    [Fact]
    public void Labeled_lines_in_a_chat_turn_example_are_its_input_not_more_examples() =>
        Assert.Empty(Lint.Text("a.prompty", ChatTurnExamples).Of("PL2003"));

    [Fact]
    public void Labeled_lines_in_the_final_user_turn_still_count_as_examples()
    {
        string text = "system:\nYou are a translator. Respond with the translation only.\nuser:\nEnglish: cheese\nFrench: fromage\n\nEnglish: bread\nFrench: pain\n\nEnglish: {{word}}\nFrench:\n";
        Assert.Empty(Lint.Text("a.prompty", text).Of("PL2001"));
    }

    [Fact]
    public void A_colon_inside_a_parenthesis_starts_no_label()
    {
        string text = "You are a localiser. Output format: a single JSON object with the same keys and no additional text.\n\n"
            + "Example 1 (target: de):\nInput: {\"a\": \"Checkout\"}\nOutput: {\"a\": \"Zur Kasse\"}\n\n"
            + "Example 2 (target: nl):\nInput: {\"a\": \"Track\"}\nOutput: {\"a\": \"Volgen\"}\n\n"
            + "Example 3 (target: fr):\nInput: {\"a\": \"Out of stock\"}\nOutput: {\"a\": \"Épuisé\"}\n\n"
            + "Target language: \"{{lang}}\"\nStrings:\n```json\n{{strings}}\n```\n";
        Assert.Empty(Lint.Text("a.txt", text).Of("PL2003"));
        Assert.Empty(Lint.Text("a.txt", text).Of("PL2001"));
    }

    [Fact]
    public void A_labeled_input_answered_by_a_list_is_a_worked_example()
    {
        string text = "You are a product strategist. Generate ideas for the category and season given.\n\n"
            + "<example>\nCategory: headlamps; season: winter\n- A commuter bundle with a spare battery.\n- Guided night hikes.\n</example>\n"
            + "<example>\nCategory: bottles; season: summer\n- A fruit-infuser bottle for trail runners.\n- Free refills at partner cafés.\n</example>\n\n"
            + "<category>{{category}}</category>\n";
        Assert.Empty(Lint.Text("a.md", text).Of("PL2001"));
    }

    [Fact]
    public void An_output_without_its_input_is_still_only_a_sample()
    {
        string text = "You are a product strategist. Generate ideas for the category given.\n\n"
            + "<example>\n- A commuter bundle with a spare battery.\n- Guided night hikes.\n</example>\n\n<category>{{category}}</category>\n";
        Assert.Single(Lint.Text("a.md", text).Of("PL2001"));
    }

    [Fact]
    public void An_example_output_does_not_conflict_with_the_format_instruction()
    {
        string text = "You are the newsletter writer. Summarise the changelog in two sentences.\nFormat your response as plain text with no headings.\n\n"
            + "Example 1:\nInput: Added CSV export of open orders.\nOutput: Partners can now export their open orders as a CSV file.\n\n"
            + "Example 2:\nInput: Free freight over 250 EUR.\nOutput: Orders over 250 EUR now ship free.\n\nChangelog: {{changelog}}\n";
        Assert.Empty(Lint.Text("a.md", text).Of("PL1004"));
    }

    [Fact]
    public void A_format_instruction_written_as_an_instruction_still_conflicts()
    {
        string text = "You are the newsletter writer. Format your response as plain text with no headings.\nReturn the summary as a CSV file with one row per change.\n\nChangelog: {{changelog}}\n";
        Assert.Single(Lint.Text("a.md", text).Of("PL1004"));
    }

    private const string ExamplesThatSoundLikeInstructions = "Write a reply to the customer's message.\n\n"
        + "Example 1:\nInput: Where is my order?\nOutput: I am your order assistant. The parcel ships today and nothing else is pending.\n\n"
        + "Example 2:\nInput: Can I return boots?\nOutput: I am your order assistant. Yes, within 30 days, and nothing else is needed.\n\nMessage: {{message}}\n";

    [Fact]
    public void An_example_output_states_no_format() =>
        Assert.Single(Lint.Text("a.md", ExamplesThatSoundLikeInstructions).Of("PL1001"));

    [Fact]
    public void An_example_output_gives_the_model_no_role() =>
        Assert.Single(Lint.Text("a.md", ExamplesThatSoundLikeInstructions).Of("PL1003"));

    [Fact]
    public void The_same_sentences_as_instructions_state_a_format_and_a_role()
    {
        string text = "Write a reply to the customer's message. I am your order assistant. Say the parcel ships today and nothing else.\n\nMessage: {{message}}\n";
        Assert.Empty(Lint.Text("a.md", text).Of("PL1001"));
        Assert.Empty(Lint.Text("a.md", text).Of("PL1003"));
    }
}
