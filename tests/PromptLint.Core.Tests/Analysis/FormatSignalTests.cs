using PromptLint.Analysis;
using PromptLint.Analysis.Finders;
using PromptLint.Analysis.Outline;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>
/// The rows of <see cref="FormatSignals"/> (phrases at a trigger word) and <see cref="FormatLayout"/> (titles, elements,
/// skeletons and cues around the sentences): which row fires for each example, and near misses that the row named
/// does not catch. Every row has both, so switching a row off fails its example. Texts are written here for the test.
/// </summary>
public sealed class FormatSignalTests
{
    private const string Instruction = "Summarize the meeting for the board.\n\n";

    public static TheoryData<string, string> Sentences { get; } = new()
    {
        { "Reply with the translated text and nothing else.", "nothing-else" },
        { "Return the label with no additional commentary.", "no-extra-text" },
        { "Do not add anything else to the reply.", "not-anything-else" },
        { "Give the category and do not explain.", "do-not-explain" },
        { "Respond with only the corrected sentence.", "only-the-answer" },
        { "The summary should not be longer than 40 words.", "length-comparative" },
        { "Return the names as a list.", "list-asked" },
        { "Sort each email into billing, support or sales.", "sort-into" },
        { "Respond in JSON.", "named-format-for-output" },
        { "Return the fix as code.", "code-output" },
        { "Put the script in a code block.", "code-block" },
        { "Follow the Google style for docstrings.", "follow-convention" },
        { "Use the following template.", "template-reference" },
        { "Write the summary as follows.", "as-follows" },
        { "Output the score, followed by a short reason.", "followed-by" },
        { "Your reply must start with a greeting.", "starts-with" },
        { "Use these fields for every record.", "these-fields" },
        { "Include the fields title, author and year.", "fields-listed" },
        { "Put each name on its own line.", "line-placement" },
        { "Wrap the answer in \"result\" tags.", "quoted-element" },
        { "Your answer must be a single number.", "answer-is-named" },
        { "Summarize the article in three sentences.", "structural-length" },
        { "Write a one-paragraph bio.", "hyphenated-length" },
        { "Rate the answer from 1 to 5.", "scale-range" },
        { "Choose one of these tags: bug, feature, question.", "one-of" },
        { "Use \"PASS\" or \"FAIL\" as the verdict.", "as-slot" },
        { "The possible labels are urgent, normal and low.", "allowed-set" },
        { "The priority must be one of low, medium or high.", "must-be-one-of" },
        { "Return \"none\" if the field is missing.", "literal-then-condition" },
    };

    /// <summary>A sentence the row named does not catch, and what catches it instead (null: nothing does).</summary>
    public static TheoryData<string, string, string?> SentenceMisses { get; } = new()
    {
        { "There is nothing wrong with a long answer.", "nothing-else", null },
        { "Add a title with no emoji.", "no-extra-text", null }, // "no" + a word that can be content
        { "Ask if there is anything else the customer needs.", "not-anything-else", null }, // not negated
        { "Do not explain the code to beginners.", "do-not-explain", null }, // the clause goes on
        { "Only the manager can approve refunds.", "only-the-answer", null },
        { "Mention when there are more than 40 users.", "length-comparative", null }, // not a unit of the answer
        { "Do not write more than 40 words.", "structural-length", "length-comparative" }, // the negation belongs to the comparative
        { "Use the list of approved vendors.", "list-asked", null },
        { "Sort it into the right folder.", "sort-into", null },
        { "Do not respond in JSON.", "named-format-for-output", null }, // negated
        { "Convert the provided JSON to plain prose for the reply.", "named-format-for-output", null }, // the input's format
        { "Treat the snippet as code.", "code-output", null }, // no output cue
        { "Keep the snippet wrapped as code block.", "code-block", null }, // "as code" without an output cue ends the word
        { "Explain what the code block does.", "code-block", null },
        { "Follow the style guide of the team.", "follow-convention", null },
        { "Create a template for new hires.", "template-reference", null },
        { "The meeting went as follows.", "as-follows", null }, // no output cue
        { "The rain was followed by snow.", "followed-by", null },
        { "Start with the oldest ticket.", "starts-with", null }, // not the answer that starts
        { "Review these fields for mistakes.", "these-fields", null },
        { "Check the fields before saving.", "fields-listed", null },
        { "Check the last line of the log.", "line-placement", null },
        { "Ignore the \"draft\" tags in the input.", "quoted-element", null }, // no output cue
        { "Your answer must be polite.", "answer-is-named", null },
        { "Read the three documents carefully.", "structural-length", null },
        { "Read the one-paragraph bio aloud.", "hyphenated-length", null },
        { "Count the pages from 1 to 5.", "scale-range", null }, // no scale cue
        { "One of the users reported a bug.", "one-of", null },
        { "Use the notes as context.", "as-slot", null },
        { "The printed labels are on the shelf.", "allowed-set", null },
        { "The priority must be set by a human.", "must-be-one-of", null },
        { "Return the report when it is ready.", "literal-then-condition", null },
        { "If unsure, answer \"unknown\" and stop.", "literal-then-condition", null }, // a canned reply for one situation
    };

    public static TheoryData<string, string, string> Layouts { get; } = new()
    {
        { "a.md", Instruction + "## Output Format\nTitle, then decisions.\n", "template-heading" },
        { "a.md", Instruction + "Response format:\nTitle, then decisions.\n", "template-label" },
        { "a.md", Instruction + "<output_format>\nTitle, then decisions.\n</output_format>\n", "format-element" },
        { "a.md", Instruction + "| Decision | Owner |\n|----------|-------|\n", "table-skeleton" },
        { "a.md", Instruction + "Give the output:\n```json\n{\"decision\": \"ship\", \"owner\": \"Ana\"}\n```\n", "data-fence" },
        { "a.prompty", "---\nname: sql\n---\nsystem:\nWrite a query for the question.\n\nuser:\nQuestion: {{question}}\nSQL:\n", "completion-cue" },
        { "a.md", Instruction + "For each decision, provide:\n- **Owner**: who decides\n- **Date**: when\n", "labeled-field-list" },
        { "a.md", Instruction + "Produce the minutes with a \"## Decisions\" and a \"## Actions\" part.\n", "quoted-heading-part" },
        { "a.md", Instruction + "The minutes must look like this:\n```markdown\n# <Meeting>\n## Decisions\n## Actions\n```\n", "document-skeleton" },
    };

    public static TheoryData<string, string, string> LayoutMisses { get; } = new()
    {
        { "a.md", Instruction + "## Input Format\nPlain text notes.\n", "template-heading" },
        { "a.md", Instruction + "Response format: casual\n", "template-label" },
        { "a.md", Instruction + "<input_format>\nPlain text notes.\n</input_format>\n", "format-element" },
        { "a.md", Instruction + "| Decision | Owner |\n|-|-|\n", "table-skeleton" },
        { "a.md", Instruction + "The notes look like:\n```json\n{\"decision\": \"ship\", \"owner\": \"Ana\"}\n```\n", "data-fence" },
        { "a.prompty", "---\nname: sql\n---\nsystem:\nWrite a query for the question.\n\nuser:\nQuestion: {{question}}\nAnswer:\n", "completion-cue" },
        { "a.md", Instruction + "Give feedback on:\n- **Owner**: who decides\n- **Date**: when\n", "labeled-field-list" },
        { "a.md", Instruction + "The notes may have a \"## Decisions\" part.\n", "quoted-heading-part" },
        { "a.md", Instruction + "The notes may look like this\n```markdown\n# <Meeting>\n## Decisions\n## Actions\n```\n", "document-skeleton" },
        { "a.md", Instruction + "## Output Format\nBe friendly and concise. Use Markdown.\n", "template-heading" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Each_sentence_fires_its_row(string text, string row) => Assert.Equal(row, SignalOf(text));

    [Theory]
    [MemberData(nameof(SentenceMisses))]
    public void A_near_miss_fires_another_row_or_none(string text, string misses, string? fires)
    {
        Assert.NotEqual(misses, fires);
        Assert.Equal(fires, SignalOf(text));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_layout_fires_its_row(string file, string text, string row) => Assert.Equal(row, FirstSignal(file, text));

    [Theory]
    [MemberData(nameof(LayoutMisses))]
    public void A_layout_near_miss_gives_no_format(string file, string text, string misses)
    {
        string? fired = FirstSignal(file, text);
        Assert.True(fired is null, $"a near miss of {misses} fired {fired}");
    }

    [Fact]
    public void Every_row_has_an_example_and_a_near_miss()
    {
        var examples = new HashSet<string>(Sentences.Select(row => (string)row[1]).Concat(Layouts.Select(row => (string)row[2])));
        var misses = new HashSet<string>(SentenceMisses.Select(row => (string)row[1]).Concat(LayoutMisses.Select(row => (string)row[2])));
        foreach (string id in LayoutAndSignalRowIds())
        {
            Assert.True(examples.Contains(id), $"row {id} has no example in FormatSignalTests");
            Assert.True(misses.Contains(id), $"row {id} has no near miss in FormatSignalTests");
        }
    }

    [Fact]
    public void Row_ids_are_unique_across_every_format_table()
    {
        List<string> ids = LayoutAndSignalRowIds().Concat(FormatGrammar.Rows.Select(r => r.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Only_the_exclusive_phrases_read_a_negated_word()
    {
        string[] reading = FormatSignals.Rows.Where(r => r.ReadsNegatedWords).Select(r => r.Id).ToArray();
        Assert.Equal(new[] { "nothing-else", "no-extra-text", "not-anything-else", "do-not-explain", "only-the-answer", "length-comparative" }, reading);
    }

    private static IEnumerable<string> LayoutAndSignalRowIds() =>
        FormatSignals.Rows.Select(r => r.Id).Concat(FormatLayout.Titled.Select(r => r.Id)).Concat(FormatLayout.Shown.Select(r => r.Id));

    private static string? SignalOf(string sentence)
    {
        MessageOutline outline = Assert.Single(PromptAnalysis.Of(Linter.Read(new PromptInput("a.md", sentence))!).Outlines);
        return FormatFinder.Find(Assert.Single(outline.Sentences).Words)?.Signal;
    }

    private static string? FirstSignal(string file, string text)
    {
        IReadOnlyList<FormatEvidence> specs = PromptAnalysis.Of(Linter.Read(new PromptInput(file, text))!).FormatSpecs;
        return specs.Count > 0 ? specs[0].Signal : null;
    }
}
