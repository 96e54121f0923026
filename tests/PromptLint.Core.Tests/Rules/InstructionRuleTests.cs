using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL1001–PL1004: flagged and clean cases in each format where the rule applies.</summary>
public sealed class InstructionRuleTests
{
    private const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices, refunds and payment failures. ";

    [Theory]
    [InlineData("a.prompty", "---\nname: x\n---\nsystem:\n" + Persona + "Be friendly and concise.\nuser:\n{{q}}\n", 4, 1)]
    [InlineData("a.prompt", "{{role \"system\"}}\n" + Persona + "Use markdown and emojis.\n{{role \"user\"}}\n{{q}}\n", 1, 1)]
    [InlineData("skprompt.txt", Persona + "Be professional.\n{{$input}}\n", 1, 1)]
    [InlineData("a.md", "# Support\n" + Persona + "\nThe user will paste JSON logs from the billing service.\n", 1, 1)]
    [InlineData("a.json", "[{\"role\":\"system\",\"content\":\"" + Persona + "Keep it short.\"},{\"role\":\"user\",\"content\":\"hi\"}]", 1, 10)]
    [InlineData("a.sbn", Persona + "Be warm.\n{{ question }}\n", 1, 1)]
    // Document-level findings sit on the instructions' role marker (or their first line when the role is implicit).
    public void Pl1001_flags_instructions_without_output_format(string file, string text, int line, int column)
    {
        var finding = Assert.Single(Lint.Text(file, text).Of("PL1001"));
        Assert.Equal((line, column), (finding.Start().Line, finding.Start().Column));
        Assert.Contains("add one, e.g.", finding.Message);
    }

    [Theory]
    [InlineData("a.prompty", "system:\n" + Persona + "Respond with JSON: {\"answer\": \"...\", \"refund\": true}.\nuser:\n{{q}}\n")]
    [InlineData("a.prompty", "system:\n" + Persona + "Answer in 3 bullet points.\nuser:\n{{q}}\n")]
    [InlineData("a.prompty", "system:\n" + Persona + "Reply with only the invoice number, nothing else.\nuser:\n{{q}}\n")]
    [InlineData("a.prompty", "system:\n" + Persona + "Summarize the issue in one sentence.\nuser:\n{{q}}\n")]
    [InlineData("a.md", Persona + "\n\n## Output format\n| Invoice | Status |\n|---|---|\n")]
    [InlineData("a.prompt", "---\noutput:\n  format: json\n---\n{{role \"system\"}}\n" + Persona + "\n{{role \"user\"}}\n{{q}}\n")]
    [InlineData("a.prompty", "---\nmodel:\n  parameters:\n    response_format:\n      type: json_object\n---\nsystem:\n" + Persona + "\nuser:\n{{q}}\n")]
    [InlineData("skprompt.txt", Persona + "Return a numbered list of next steps.\n{{$input}}\n")]
    public void Pl1001_is_satisfied_by_a_format_spec_or_declared_output(string file, string text) =>
        Assert.Empty(Lint.Text(file, text).Of("PL1001"));

    [Fact]
    public void Pl1001_ignores_format_words_that_only_appear_in_examples() =>
        Assert.Single(Lint.Text("a.md", Persona + "\n\n<example>\nInput: where is my refund\nOutput: {\"status\": \"pending\"}\n</example>\n").Of("PL1001"));

    [Fact]
    public void Pl1001_ignores_negated_formats() =>
        Assert.Single(Lint.Text("a.md", Persona + "Do not use a table.\n").Of("PL1001"));

    [Fact]
    public void Pl1002_flags_a_one_line_system_prompt_and_reports_its_word_count()
    {
        var finding = Assert.Single(Lint.Text("a.prompty", "system:\nYou are helpful.\nuser:\n{{q}}\n").Of("PL1002"));
        Assert.Contains("only 3 words", finding.Message);
        Assert.Equal(1, finding.Start().Line);
    }

    [Fact]
    public void Pl1002_honours_the_minWords_option()
    {
        var settings = LintSettings.Default.WithOption("PL1002", "minWords", 2);
        Assert.Empty(Lint.Text("a.prompty", "system:\nYou are helpful.\nuser:\n{{q}}\n", settings).Of("PL1002"));
    }

    [Fact]
    public void A_thin_prompt_gets_Pl1002_alone_naming_what_is_missing()
    {
        IReadOnlyList<Finding> findings = Lint.Text("a.prompty", "system:\nBe helpful.\nuser:\n{{q}}\n");
        var thin = Assert.Single(findings, f => f.RuleId is "PL1001" or "PL1002" or "PL1003" or "PL2001");
        Assert.Equal("PL1002", thin.RuleId);
        Assert.Contains("(no role, no output format, no examples)", thin.Message);
    }

    [Fact]
    public void A_thin_prompt_names_only_what_it_lacks() =>
        Assert.Contains("(no output format, no examples)", Assert.Single(Lint.Text("a.prompty", "system:\nYou are a pirate.\nuser:\n{{q}}\n").Of("PL1002")).Message);

    [Fact]
    public void With_Pl1002_off_a_thin_prompt_gets_the_other_rules_instead()
    {
        var settings = LintSettings.Default.WithSeverity("PL1002", Severity.None);
        var ids = Lint.Text("a.prompty", "system:\nBe helpful.\nuser:\n{{q}}\n", settings).Select(f => f.RuleId).ToList();
        Assert.Contains("PL1001", ids);
        Assert.Contains("PL1003", ids);
        Assert.Contains("PL2001", ids);
    }

    [Fact]
    public void A_prompt_past_minWords_gets_each_content_rule_once()
    {
        var ids = Lint.Text("a.prompty", "system:\nHelp the customer with the billing question they ask, and keep the tone calm and kind.\nuser:\n{{q}}\n")
            .Select(f => f.RuleId).Where(id => id is "PL1001" or "PL1002" or "PL1003" or "PL2001").OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "PL1001", "PL1003", "PL2001" }, ids);
    }

    [Theory]
    [InlineData("fixture.prompt", "---\nconfig:\n  temperature: 3\n---\nHello from the fixture file\n")]
    [InlineData("turns.prompt", "{{role \"system\"}}\nThis is the system prompt.\n{{role \"user\"}}\nThis is a user message.\n{{role \"model\"}}\nThis is a model message.\n{{role \"user\"}}\nThis is the last one.\n")]
    public void Short_placeholder_text_that_says_nothing_to_a_model_is_not_judged(string file, string text) =>
        Assert.DoesNotContain(Lint.Text(file, text), f => f.RuleId is "PL1001" or "PL1002" or "PL1003" or "PL2001" or "PL2002");

    [Fact]
    public void A_short_prompt_that_instructs_is_judged() =>
        Assert.Single(Lint.Text("fixture.prompt", "---\nconfig:\n  temperature: 3\n---\nTell a joke about {{subject}}.\n").Of("PL1002"));

    [Fact]
    public void Pl1002_skips_a_system_prompt_that_is_only_a_template_variable() =>
        Assert.Empty(Lint.Text("a.prompty", "system:\n{{system_prompt}}\nuser:\n{{q}}\n").Of("PL1002"));

    [Theory]
    [InlineData("a.md", "Summarize the ticket below for the on-call engineer. Respond in JSON with keys summary and severity.\n")]
    [InlineData("a.prompt", "{{role \"system\"}}\nTranslate the user's text to German and return only the translation, nothing else.\n{{role \"user\"}}\n{{text}}\n")]
    public void Pl1003_flags_instructions_with_no_role(string file, string text) =>
        Assert.Single(Lint.Text(file, text).Of("PL1003"));

    [Theory]
    [InlineData("You are a release manager. Write release notes.")]
    [InlineData("Act as a senior SQL reviewer and review the query.")]
    [InlineData("# Role\nSenior SQL reviewer.\n# Task\nReview the query.")]
    [InlineData("Your role is to triage incoming tickets.")]
    public void Pl1003_accepts_a_role_statement(string instructions) =>
        Assert.Empty(Lint.Text("a.md", instructions).Of("PL1003"));

    [Theory]
    [InlineData("Answer in one sentence.\nExplain your reasoning in detail over several paragraphs.", "length")]
    [InlineData("Respond only in JSON.\nFormat your answer as a markdown table.", "format")]
    [InlineData("Always include a legal disclaimer.\nNever include a legal disclaimer in short replies.", "always/never")]
    public void Pl1004_flags_conflicting_instructions_at_the_second_one(string conflict, string kind)
    {
        var finding = Assert.Single(Lint.Text("a.md", Persona + "\n" + conflict + "\n").Of("PL1004"));
        Assert.StartsWith(kind, finding.Message);
        Assert.Equal(3, finding.Start().Line);
        Assert.Contains("(line 2)", finding.Message);
    }

    [Theory]
    [InlineData("Be concise but thorough.")]
    [InlineData("Always cite the invoice number. Never share card numbers.")]
    [InlineData("Respond in JSON. Do not respond in markdown.")]
    public void Pl1004_accepts_compatible_instructions(string instructions) =>
        Assert.Empty(Lint.Text("a.md", Persona + instructions).Of("PL1004"));
}
