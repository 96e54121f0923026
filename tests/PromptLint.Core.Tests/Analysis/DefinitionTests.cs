using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>
/// The definitions the detectors implement (docs/accuracy.md, the shared corpus's labeling guide): for each signal a
/// prompt that carries it (the rule stays quiet) and a near miss that does not (the rule fires). All texts are written
/// here for the test.
/// </summary>
public sealed class DefinitionTests
{
    private const string Task = "Summarize the customer's note for the support lead.";

    /// <summary>The detectors' definitions, with PL1002 off so that short texts are judged by every rule (ThinPrompt).</summary>
    private static readonly LintSettings Detectors = LintSettings.Default.WithSeverity("PL1002", Severity.None);

    // PL1001: what counts as a format spec.
    [Theory]
    [InlineData("named data format", Task + " Respond in JSON with the keys summary and urgency.")]
    [InlineData("use a table", Task + " Use a markdown table with one row per issue.")]
    [InlineData("structural length: one sentence", Task + " Answer in one sentence.")]
    [InlineData("structural length: word limit", Task + " Keep it under 50 words.")]
    [InlineData("structural length: count of outputs", "Tell exactly one joke about cats.")]
    [InlineData("count from a template variable", Task + " Write {{length}} sentences.")]
    [InlineData("limit under a negation", Task + " The summary should not contain more than 20 words.")]
    [InlineData("closed label set", "Classify the ticket. Respond with Unknown if the ticket names no product.")]
    [InlineData("label set: one of", "Read the review and answer with one of the following labels: positive, negative, mixed.")]
    [InlineData("scale", "Rate the answer's fluency as an integer between 1 and 5.")]
    [InlineData("only the answer", "Translate the sentence to French. Reply with only the translation.")]
    [InlineData("code as the whole output", "Only write code, do not explain.")]
    [InlineData("query as the whole output", "Return the output as a query for the search index.")]
    [InlineData("nothing else", "Name the capital of the country and nothing else.")]
    [InlineData("response template", Task + " Your answer should follow the format:\nSummary: <one line>\nUrgency: <low|high>")]
    [InlineData("output format heading", Task + "\n\n## Output format\nSummary, then urgency.")]
    [InlineData("named fields", Task + " Include the following fields: summary, urgency, owner.")]
    [InlineData("lines", Task + " Put the urgency on the first line and the summary on the second line.")]
    [InlineData("named convention", "Document the function. Follow the sphinx style for the docstring.")]
    public void Pl1001_is_quiet_when_the_prompt_states_the_answer_shape(string signal, string text)
    {
        _ = signal;
        Assert.Empty(Lint.Text("a.md", text, Detectors).Of("PL1001"));
    }

    [Theory]
    [InlineData("tone only", Task + " Be concise and friendly.")]
    [InlineData("use Markdown alone", Task + " Use Markdown and a warm tone.")]
    [InlineData("negated format", Task + " Do not use bullet points.")]
    [InlineData("negated format does not cancel... and does not satisfy", Task + " Never reply in JSON; be warm.")]
    [InlineData("input described, not output", "The input is a JSON object with the customer's orders. Help the customer with their question.")]
    [InlineData("writing code is not code as the whole output", "Write a program that prints the first ten primes.")]
    [InlineData("answer scope is not an answer shape", "Only answer questions about cooking. Be kind.")]
    [InlineData("extra formatting is a tone word", "Answer the question, no extra formatting is needed.")]
    public void Pl1001_fires_when_nothing_states_the_answer_shape(string signal, string text)
    {
        _ = signal;
        Assert.Single(Lint.Text("a.md", text, Detectors).Of("PL1001"));
    }

    [Fact]
    public void A_negated_format_does_not_cancel_a_stated_one() =>
        Assert.Empty(Lint.Text("a.md", Task + " Do not use bullet points. Respond in JSON.", Detectors).Of("PL1001"));

    [Fact]
    public void A_format_asked_in_the_final_user_turn_counts() =>
        Assert.Empty(Lint.Text("a.prompty", "system:\nYou are a support assistant.\nuser:\n{{question}}\nAnswer in two sentences.\n", Detectors).Of("PL1001"));

    [Fact]
    public void A_trailing_answer_slot_that_names_the_kind_is_a_completion_cue() =>
        Assert.Empty(Lint.Text("a.md", "Turn the request into a database query for the orders table.\n\nRequest: {{request}}\nSQL:", Detectors).Of("PL1001"));

    [Fact]
    public void A_bare_trailing_answer_slot_is_not_a_format() =>
        Assert.Single(Lint.Text("a.md", "Answer the customer's question about the order from the notes below.\n\nQuestion: {{question}}\nAnswer:", Detectors).Of("PL1001"));

    [Fact]
    public void A_trailing_slot_that_names_a_data_format_is_a_format() =>
        Assert.Empty(Lint.Text("a.md", "Extract the order number and the date from the customer's note below.\n\nNote: {{note}}\nJSON:", Detectors).Of("PL1001"));

    [Fact]
    public void A_trailing_generic_slot_is_not_a_completion_cue() =>
        Assert.Single(Lint.Text("a.md", "Turn the request into a friendly reply.\n\nRequest: {{request}}\nReply:", Detectors).Of("PL1001"));

    // PL2001: what counts as a worked example.
    [Theory]
    [InlineData("Input:/Output: pair", Task + "\n\nInput: My order is late.\nOutput: Late delivery, low urgency.\n")]
    [InlineData("bracket labels", Task + "\n\n[Note]\nMy order is late.\n[Summary]\nLate delivery.\n")]
    [InlineData("heading labels", Task + "\n\n### Note\nMy order is late.\n### Summary\nLate delivery.\n")]
    [InlineData("headed example section", Task + "\n\n## Example 1\nThe customer wrote that the order is late.\nAnswer: Late delivery.\n\n## Task\nNote: {{note}}\n")]
    [InlineData("example element with both sides", Task + "\n\n<example>\nNote: My order is late.\nSummary: Late delivery.\n</example>\n")]
    [InlineData("tag pair", Task + "\n\n<note>My order is late.</note>\n<summary>Late delivery.</summary>\n")]
    [InlineData("repeats the final slot line", Task + "\n\nnote: My order is late.\nstars: 2\nnote: Thanks, all good.\nstars: 5\nnote: {{note}}\nstars:")]
    [InlineData("blocks between separators", "[RULES]\nBe short.\n[END RULES]\nSummarize this:\nThe parcel arrived broken and I want a refund.\n+++++\nBroken parcel, refund wanted.\nSummarize this:\n{{input}}\n+++++")]
    [InlineData("chat turns", "system:\n" + Task + "\nuser:\nMy order is late.\nassistant:\nLate delivery.\nuser:\n{{note}}\n")]
    [InlineData("dialogue with templated speakers", Task + "\n\n{{customer}}: My order is late.\n{{agent}}: Sorry, I will check it.\n\nNow the real note: {{note}}")]
    [InlineData("inline", "Label the ticket's priority. For instance, \"the site is down for everyone\" should be labeled P1.")]
    public void Pl2001_is_quiet_when_the_prompt_shows_an_input_with_its_output(string style, string text)
    {
        _ = style;
        Assert.Empty(Lint.Text(style == "chat turns" ? "a.prompty" : "a.md", text, Detectors).Of("PL2001"));
    }

    [Theory]
    [InlineData("output-only sample", Task + "\n\n<example>\n```\nLate delivery, low urgency.\n```\n</example>\n")]
    [InlineData("config key: value lines", Task + "\n\n```yaml\nname: a\ntype: string\nname: b\ntype: int\n```\n")]
    [InlineData("tool schema records", Task + "\n\nname: lookup_order\ndescription: Finds an order.\nname: refund\ndescription: Refunds an order.\n")]
    [InlineData("reference FAQ", Task + "\n\nHouse FAQ:\nQ: When are you open?\nA: From 8 to 18.\nQ: Is there parking?\nA: Yes, behind the building.\n")]
    [InlineData("history loop", "system:\n" + Task + "\n{% for m in history %}\nuser:\n{{m.question}}\nassistant:\n{{m.answer}}\n{% endfor %}\nuser:\n{{note}}\n")]
    [InlineData("sample input without an answer", Task + "\n\nExample input: My order is late.\n")]
    [InlineData("a skeleton, then a sample of the same sections", Task + "\n\n## Output Format\n\n### Issues\n- [List 2-5 issues the customer raised in 10-word bullet points]\n\n### Actions\n1. [First action]\n2. [Second action]\n   - [Sub-action if needed]\n3. [Continue numbering as needed]\n\n## Guidelines\n- Keep each action short.\n\n## Example Output\n\n### Issues\n- The refund for order 1142 arrived two weeks late\n- The support line did not call back\n\n### Actions\n1. Refund the shipping fee of order 1142.\n2. Call the customer back before Friday.\n3. Close the ticket.\n")]
    public void Pl2001_fires_when_nothing_is_a_worked_example(string style, string text)
    {
        _ = style;
        Assert.Single(Lint.Text(style == "history loop" ? "a.jinja2" : "a.md", text, Detectors).Of("PL2001"));
    }

    // PL1003: what counts as a role.
    [Theory]
    [InlineData("You are a support agent for Contoso. " + Task)]
    [InlineData("Act as a patient tutor. " + Task)]
    [InlineData("Play the persona of a ship's captain. " + Task)]
    [InlineData("As an AI assistant, your task is to summarize the note.")]
    [InlineData("## Role\nSenior support engineer.\n\n## Task\n" + Task)]
    [InlineData("Say hello to {{name}} in the voice of a pirate.")]
    public void Pl1003_is_quiet_when_the_prompt_gives_a_role(string text) =>
        Assert.Empty(Lint.Text("a.md", text, Detectors).Of("PL1003"));

    [Theory]
    [InlineData("If you are unsure, say so. " + Task)]
    [InlineData("Can you help me summarize this note? " + Task)]
    [InlineData("You are given a list of orders. " + Task)]
    [InlineData("It is your job to identify the intent. " + Task)]
    [InlineData("The question, serving as a general question, should be short. " + Task)]
    public void Pl1003_fires_when_the_prompt_gives_no_role(string text) =>
        Assert.Single(Lint.Text("a.md", text, Detectors).Of("PL1003"));
}
