using System.Reflection;
using PromptLint.Analysis;
using PromptLint.Analysis.Finders;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>
/// Which example style finds each way of writing a worked example (the corpus README's definition: an input with
/// its desired output), so that switching one style off fails its rows; and near misses where none is found. Texts
/// are written here for the test.
/// </summary>
public sealed class ExampleSignalTests
{
    private const string Task = "Sort the incoming message into the right queue.";

    [Theory]
    [InlineData("a.prompty", "system:\n" + Task + "\nuser:\nMy invoice shows the wrong amount.\nassistant:\nbilling\nuser:\n{{message}}\n", nameof(ExampleStyle.ChatTurns))]
    [InlineData("a.prompt", "{{role \"system\"}}\nTranslate the phrase to French.\n{{role \"user\"}}\nGood morning\n{{role \"model\"}}\nBonjour\n{{role \"user\"}}\n{{phrase}}\n", nameof(ExampleStyle.ChatTurns))]
    [InlineData("skprompt.txt", "<message role=\"system\">Answer with the capital city.</message>\n<message role=\"user\">Peru</message>\n<message role=\"assistant\">Lima</message>\n<message role=\"user\">{{$country}}</message>\n", nameof(ExampleStyle.ChatTurns))]
    [InlineData("a.md", Task + "\n\n<example>\nTicket: The app crashes when I open settings.\nQueue: bugs\n</example>\n", nameof(ExampleStyle.ExampleElement))]
    [InlineData("a.md", "Answer the arithmetic question.\n\n<example>\n<question>What is 7 times 6?</question>\n<answer>42</answer>\n</example>\n", nameof(ExampleStyle.ExampleElement))]
    [InlineData("a.md", "Reply to the guest in one line.\n\n<sample>\nThe guest asks whether breakfast is included.\nAnswer: Yes, from seven to ten.\n</sample>\n", nameof(ExampleStyle.ExampleElement))]
    [InlineData("a.md", "Shorten the announcement.\n\n<input>The weekly meeting has been moved from Thursday to Friday afternoon.</input>\n<output>Meeting moved to Friday.</output>\n", nameof(ExampleStyle.TagPair))]
    [InlineData("a.md", Task + "\n\n<user_message>Where is my refund?</user_message>\n<ideal_response>payments</ideal_response>\n", nameof(ExampleStyle.TagPair))]
    [InlineData("a.md", "Summarize the bug report in one line.\n\n## Example 1\nThe export button does nothing when the list is empty.\nSummary: Export fails on empty lists.\n\n## Your task\nReport: {{report}}\n", nameof(ExampleStyle.ExampleSection))]
    [InlineData("a.md", "Turn the note into a task.\n\n**Example**\nNote: call the plumber about the leak tomorrow\nTask: Call plumber re leak (due tomorrow)\n\n**Now you**\nNote: {{note}}\n", nameof(ExampleStyle.ExampleSection))]
    [InlineData("a.md", "Classify the sentiment of each review.\n\nReview: The strap broke on day two.\nSentiment: negative\n\nReview: Fits perfectly and looks great.\nSentiment: positive\n", nameof(ExampleStyle.LabeledPair))]
    [InlineData("a.md", "Answer the trivia question.\n\n[Question]\nHow many legs does a spider have?\n[Answer]\nEight.\n", nameof(ExampleStyle.LabeledPair))]
    [InlineData("a.md", "Fix the grammar.\n\n### Input\nShe don't like apples.\n### Output\nShe doesn't like apples.\n", nameof(ExampleStyle.LabeledPair))]
    [InlineData("a.md", "Name the mood a colour suggests.\n\nColour: red\nMood: angry\n\nColour: pale blue\nMood: calm\n", nameof(ExampleStyle.LabeledPair))]
    [InlineData("a.md", "Rate how urgent the message is from 1 to 5.\n\nmessage: The server room is flooding.\nurgency: 5\nmessage: The lunch menu for next week is attached.\nurgency: 1\nmessage: {{message}}\nurgency:", nameof(ExampleStyle.SlotRepeat))]
    [InlineData("a.md", "Give the headline a topic.\n\nheadline: Local team wins the cup final\ntopic: sport\nheadline: Rates stay unchanged this quarter\ntopic: economy\nheadline: {{headline}}\ntopic:", nameof(ExampleStyle.SlotRepeat))]
    [InlineData("a.md", "Continue the chat in the same voice.\n\n{{user}}: Can you recommend a book for a long train ride?\n{{char}}: Try a thick mystery, the pages fly by.\n\n{{user}}: {{message}}\n", nameof(ExampleStyle.TemplatedSpeakers))]
    [InlineData("a.md", "Speak as the museum guide.\n\n{{visitor}}: Is the museum open on Mondays?\n{{guide}}: No, we are closed on Mondays.\n\nNow answer: {{question}}\n", nameof(ExampleStyle.TemplatedSpeakers))]
    [InlineData("a.md", "Map each phrase to an intent.\n\n## Examples\n\"cancel my plan\" -> cancel_subscription\n\"where is my box\" -> track_order\n", nameof(ExampleStyle.ArrowLine))]
    [InlineData("a.md", "Convert kilometres to miles.\n\nSome examples:\n5 km \u2192 3.1 miles\n10 km \u2192 6.2 miles\n", nameof(ExampleStyle.ArrowLine))]
    [InlineData("a.md", "Answer with the label only.\n\n{\"text\": \"I love this phone\", \"label\": \"positive\"}\n{\"text\": \"The battery died in an hour\", \"label\": \"negative\"}\n", nameof(ExampleStyle.JsonLine))]
    [InlineData("a.md", "Answer the geography question in one word.\n\n{\"question\": \"What is the capital of Peru?\", \"answer\": \"Lima\"}\n", nameof(ExampleStyle.JsonLine))]
    [InlineData("a.md", "Send each email to a team. For example, \"my invoice shows the wrong amount\" should be routed to billing.", nameof(ExampleStyle.InlineExample))]
    [InlineData("a.md", "Rewrite slang as plain English. For instance, \"we gotta bounce now\" becomes \"we have to leave now\".", nameof(ExampleStyle.InlineExample))]
    public void Each_way_of_writing_an_example_is_found_by_its_style(string file, string text, string expected)
    {
        IReadOnlyList<ExampleStyle> styles = StylesOf(file, text);
        Assert.NotEmpty(styles);
        Assert.All(styles, style => Assert.Equal(expected, style.ToString()));
    }

    [Fact]
    public void Every_style_has_at_least_two_flagged_cases()
    {
        var covered = typeof(ExampleSignalTests).GetMethod(nameof(Each_way_of_writing_an_example_is_found_by_its_style))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(row => (string)row.GetData(null!).Single()[2])
            .ToList();
        Assert.NotEmpty(covered);
        foreach (string style in Enum.GetNames<ExampleStyle>())
        {
            Assert.True(covered.Count(c => c == style) >= 2, $"{style} needs at least two flagged cases");
        }
    }

    [Theory]
    [InlineData("a.jinja2", "system:\n" + Task + "\n{% for m in history %}\nuser:\n{{m.question}}\nassistant:\n{{m.answer}}\n{% endfor %}\nuser:\n{{message}}\n")] // a loop over the chat history
    [InlineData("a.prompty", "system:\n" + Task + "\nuser:\n{{previous_question}}\nassistant:\n{{previous_answer}}\nuser:\n{{message}}\n")]   // turns filled from variables
    [InlineData("a.md", Task + "\n\n<example>\nThe customer writes that the invoice is wrong.\n</example>\n")]                                    // an input without its output
    [InlineData("a.md", Task + "\n\n<example>\nInput: {{input}}\nOutput: {{output}}\n</example>\n")] // placeholders
    [InlineData("a.md", Task + "\n\n<input>{{message}}</input>\n<output>{{queue}}</output>\n")]
    [InlineData("a.md", Task + "\n\n<input>The customer's message, in any language.</input>\n")]
    [InlineData("a.md", Task + "\n\n## Example 1\n{{first_example}}\n\n## Example 2\n{{second_example}}\n")]
    [InlineData("a.md", "Rate how urgent the message is from 1 to 5.\n\nmessage: {{message}}\nurgency:")]                                    // the slot alone
    [InlineData("a.md", "Rate how urgent the message is from 1 to 5.\n\nmessage: <a message>\nurgency: <1 to 5>\nmessage: {{message}}\nurgency:")]
    [InlineData("a.md", Task + "\n\n## Example output\n- Queue: billing\n- Reason: the invoice amount is disputed\n")]                          // an output sample, not few-shot
    [InlineData("a.md", Task + "\n\nExample input: My invoice shows the wrong amount.\n")]
    [InlineData("a.md", Task + "\n\nInput: <the customer's message>\nOutput: <the queue name>\n")]
    [InlineData("a.md", Task + "\n\nMessage: {{message}}\nResponse: name the queue and explain the choice in one sentence.\n")]             // the response is only described
    [InlineData("a.md", "Review the pull request.\n\nFor each issue, provide:\n- **Location**: file and line\n- **Fix**: the change\n")]       // a field list after a directive
    [InlineData("a.md", "Review the pull request.\n\nFor each problem, provide:\n- **Issue**: what is wrong\n- **Fix**: the change that solves it\n")]
    [InlineData("a.md", "Review the pull request.\n\nFor each finding, include:\n- **Issue**: what is wrong\n- **Severity**: high, medium or low\n")]
    [InlineData("a.md", Task + "\n\nname: lookup_order\ndescription: Finds an order by number.\nname: refund\ndescription: Refunds an order.\n")] // a tool schema
    [InlineData("a.md", Task + "\n\n## Knowledge base\nQ: When does support open?\nA: At eight.\nQ: Is there a phone line?\nA: Yes, during office hours.\n")] // Q/A in reference data
    [InlineData("a.md", Task + "\n\n{{user}}: {{message}}\n{{char}}:\n")]
    [InlineData("a.md", Task + "\n\n## Examples\n[message] -> [queue]\n[message] -> [queue]\n")]
    [InlineData("a.md", Task + " The flow is request -> queue -> worker.\n")]                                                                 // one arrow, not a demonstration
    [InlineData("a.md", Task + "\n\n{\"text\": \"My invoice shows the wrong amount\"}\n")]                                                     // a JSON input without an output
    [InlineData("a.md", Task + " For example, the queue name should be short.\n")]
    [InlineData("a.md", Task + " For instance, if the customer is angry, stay calm and name the queue.\n")]
    public void Near_misses_find_no_example(string file, string text) => Assert.Empty(StylesOf(file, text));

    /// <summary>The style of each example found; one style per example, in the same order.</summary>
    private static IReadOnlyList<ExampleStyle> StylesOf(string file, string text)
    {
        PromptAnalysis analysis = PromptAnalysis.Of(Linter.Read(new PromptInput(file, text))!);
        Assert.Equal(analysis.Examples.Count, analysis.ExampleStyles.Count);
        return analysis.ExampleStyles;
    }
}
