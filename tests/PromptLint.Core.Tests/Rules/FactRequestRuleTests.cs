using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Linting;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL3002: requests for current or organisation-specific facts in prompts with no retrieval slot; flagged and clean cases.</summary>
public sealed class FactRequestRuleTests
{
    private const string Front = "---\nname: FX desk\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\ninputs:\n  question:\n    type: string\n---\n";

    private static IReadOnlyList<Finding> Lint3002(string system, string user = "{{question}}", string front = Front, string name = "fx-desk.prompty") =>
        Lint.Text(name, front + "system:\nYou are the assistant of Contoso Bank's branch in Leeds. Answer in two sentences at most.\n" + system + "\n\nuser:\n" + user + "\n").Of("PL3002");

    [Theory]
    [InlineData("Tell customers the current exchange rate for any currency they name.", "'current exchange rate'")]
    [InlineData("When asked, quote the latest mortgage rates and say which is cheapest.", "'latest mortgage rates'")]
    [InlineData("Answer questions about our overdraft fees and opening hours.", "'our overdraft fees'")]
    [InlineData("Explain the company's refund policy when a customer disputes a charge.", "'company's refund policy'")]
    [InlineData("Inform the customer of Contoso's savings rates before they open an account.", "'Contoso's savings rates'")]
    [InlineData("Provide up-to-date stock levels for the branch's coin dispensers.", "'up-to-date stock levels'")]
    [InlineData("Give a short overview of current events that could move the pound.", "'current events'")]
    public void A_request_for_a_changing_or_organisation_fact_is_flagged_at_its_phrase(string line, string phrase)
    {
        Finding finding = Assert.Single(Lint3002(line));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains(phrase, finding.Message);
        Assert.Equal(14, finding.Start().Line); // after 11 lines of front matter, the system marker and the role line
    }

    [Fact]
    public void A_question_in_the_templates_user_turn_is_a_request() =>
        Assert.Contains("'euro exchange rate today'", Assert.Single(Lint3002("Be precise.", "What is the euro exchange rate today? I am flying to {{destination}}.")).Message);

    [Fact]
    public void A_variable_the_fact_is_about_is_not_where_it_comes_from() =>
        Assert.Contains("'latest price'", Assert.Single(Lint3002("Tell the user the latest price of {{ticker}} and whether it rose.")).Message);

    [Theory]
    [InlineData("Tell customers the current exchange rate, using only the rates in <rates>{{rates}}</rates>.")]
    [InlineData("Answer questions about our overdraft fees from the context below.\n\nContext:\n{{context}}")]
    [InlineData("Answer questions about our overdraft fees.\n\n# Sources\n{{sources}}")]
    [InlineData("Answer questions about our overdraft fees.\n<documents>\n{{docs}}\n</documents>")]
    [InlineData("Tell customers the current exchange rate; call the get_rate tool first.")]
    [InlineData("Tell customers the current exchange rate: {{exchange_rate}}.")]
    public void A_retrieval_slot_keeps_the_request_clean(string system) => Assert.Empty(Lint3002(system));

    [Fact]
    public void Declared_tools_in_the_front_matter_are_a_retrieval_slot()
    {
        string front = "---\nmodel: googleai/gemini-2.5-flash\ntools: [getExchangeRate]\ninput:\n  schema:\n    question: string\n---\n";
        Assert.Empty(Lint.Text("fx.prompt", front + "{{role \"system\"}}\nTell customers the current exchange rate for the currency they name.\n{{role \"user\"}}\n{{question}}\n").Of("PL3002"));
    }

    [Fact]
    public void A_semantic_kernel_function_call_is_a_retrieval_slot() =>
        Assert.Empty(Lint.Text("skprompt.txt", "Rates: {{fx.getRates $currency}}\nTell the customer the current exchange rate for {{$currency}}.\n").Of("PL3002"));

    [Theory]
    [InlineData("Summarize the latest message in the conversation.")]
    [InlineData("Describe the current state of the ticket in one line.")]
    [InlineData("List the most recent commits from {{diff}}.")]
    [InlineData("Never quote our prices; send customers to the price page instead.")]
    [InlineData("Follow our refund policy strictly.")]
    [InlineData("Keep yourself up to date with the latest advancements.")]
    [InlineData("Mention that in-stock items ship today and that our opening hours are 9 to 5.")]
    [InlineData("Tell the customer which cards ship today.")]
    public void The_inputs_own_content_negations_and_behaviour_rules_are_clean(string system) => Assert.Empty(Lint3002(system));

    [Fact]
    public void Sample_dialogue_and_worked_examples_are_not_requests()
    {
        string examples = "Classify whether the conversation below has ended. Reply Yes or No.\n\n"
            + "Human: Can you tell me about the latest Marvel movie?\nBot: I can't browse, but I can talk about films I know.\n"
            + "Example 1:\nInput: What is the current price of gold?\nOutput: No\n";
        Assert.Empty(Lint3002(examples));
    }
}
