using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Analysis;
using PromptLint.Analysis.Finders;
using PromptLint.Analysis.Outline;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>
/// The line-spanning format signals of <see cref="FormatSections"/>: a directive that introduces labeled fields, and a
/// format title whose section only sets a tone. Texts are written here for the test.
/// </summary>
public sealed class FormatSectionsTests
{
    private static readonly LintSettings Detectors = LintSettings.Default.WithSeverity("PL1002", Severity.None);

    private const string Role = "You are a senior reviewer for this repository. Review the changes the user points to.\n\n";

    [Theory]
    [InlineData("For each issue found, provide:\n- **Location**: file and line\n- **Problem**: what is wrong\n- **Fix**: the suggested change\n")]
    [InlineData("Your review should include:\n\n- Verdict: approve or request changes\n- Risks: what may break\n")]
    [InlineData("Then report**:**\n- Status: done or blocked\n- Notes: one line\n")]
    public void A_directive_that_introduces_labeled_fields_is_a_format(string text)
    {
        Assert.NotEmpty(FormatSections.FieldLists(Outline(Role + text)));
        var findings = Lint.Text("a.md", Role + text, Detectors);
        Assert.Empty(findings.Of("PL1001"));
        Assert.Single(findings.Of("PL2001")); // the fields describe the answer: they are not a worked example
    }

    [Theory]
    [InlineData("Provide guidance on:\n- Security: injection and secrets\n- Speed: caching and batching\n")]  // topics to cover
    [InlineData("You will be given:\n- Context: the documents\n- Question: what the user asks\n")]            // the input
    [InlineData("Do not provide:\n- Name: the author\n- Email: the address\n")]                             // negated
    [InlineData("For each issue found, provide:\n- the file\n- the line\n- the fix\n")]                     // no labels: a list of what to cover
    public void Near_misses_introduce_no_field_list(string text) =>
        Assert.Empty(FormatSections.FieldLists(Outline(Role + text)));

    [Theory]
    [InlineData("## Output Format\n\nBe friendly and concise. Use Markdown.\n")]
    [InlineData("Output format:\nKeep it light, in a warm tone.\n")]
    public void A_format_title_over_tone_alone_is_not_a_format(string text) =>
        Assert.Single(Lint.Text("a.md", Role + text, Detectors).Of("PL1001"));

    [Theory]
    [InlineData("## Output Format\n\nStart with an overview, then describe the plan for each day.\n")] // a structure in prose
    [InlineData("## Output Format\n\nBe brief: at most three bullets.\n")]                               // a counted shape
    [InlineData("## Output Format\n\n- Summary\n- Risks\n")]                                             // a list of parts
    public void A_format_title_over_a_shape_is_a_format(string text) =>
        Assert.Empty(Lint.Text("a.md", Role + text, Detectors).Of("PL1001"));

    [Theory]
    [InlineData("<output-format>Keep it casual and fun, like a note from a friend.</output-format>", 1)]
    [InlineData("<output-format>\n    Be friendly. Use Markdown.\n  </output-format>", 1)]
    [InlineData("<output-format>Answer with a table of days and activities.</output-format>", 0)]
    [InlineData("<output-format>Start with an overview of the city, then the plan for each day.</output-format>", 0)]
    [InlineData("<output-format>{{ output_format }}</output-format>", 0)] // filled at run time: may name a shape
    [InlineData("<output-schema>{ \"days\": [] }</output-schema>", 0)]
    public void A_POML_output_format_counts_when_its_content_has_a_shape(string element, int expected)
    {
        string poml = "<poml>\n  <role>You are a travel assistant.</role>\n  <task>Suggest an itinerary for the city the user names.</task>\n  "
            + element + "\n  <human-msg>{{ city }}</human-msg>\n</poml>\n";
        Assert.Equal(expected, Lint.Text("trip.poml", poml, Detectors).Of("PL1001").Count());
    }

    [Theory]
    [InlineData("Produce the pull request description with a \"## Summary\" and a \"## Testing\" section.", 0)]
    [InlineData("Always answer with a `### Verdict` heading first.", 0)]
    [InlineData("The pasted text has a \"## Summary\" heading.", 1)] // the input's heading, no directive about the answer
    public void A_quoted_heading_in_a_directive_is_a_part_of_the_answer(string text, int expected) =>
        Assert.Equal(expected, Lint.Text("a.md", Role + text, Detectors).Of("PL1001").Count());

    [Theory]
    [InlineData("Create the spec file with the following content:\n\n```markdown\n# <Feature name>\n## Problem\n## Proposal\n```\n", 0)]
    [InlineData("Each ADR must look like this:\n\n```md\n# ADR-NNN: <title>\n## Context\n## Decision\n```\n", 0)]
    [InlineData("The user may paste a README\n\n```markdown\n# Title\n## Usage\n```\n", 1)]            // no directive introduces it
    [InlineData("Create the spec file with the following content:\n\n```markdown\n# <Feature name>\nSome text.\n```\n", 1)] // one heading: no layout
    public void A_markdown_fence_that_lays_out_a_document_is_a_skeleton(string text, int expected) =>
        Assert.Equal(expected, Lint.Text("a.md", Role + text, Detectors).Of("PL1001").Count());

    private static MessageOutline Outline(string text) =>
        Assert.Single(PromptAnalysis.Of(Linter.Read(new PromptInput("a.md", text))!).Outlines);
}
