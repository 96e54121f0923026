using PromptLint.Core.Tests.Infrastructure;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL5001–PL5004 through the readers of each templated format.</summary>
public sealed class TemplateRuleTests
{
    [Theory]
    [InlineData("a.prompt", "{{role \"system\"}}\nHi {{#if name}}{{name}}\n", 2, 4, "never closed")]
    [InlineData("a.prompty", "system:\n{% for x in items %}{{x}}\n", 2, 1, "endfor")]
    [InlineData("a.sbn", "{{ end }}\n", 1, 6, "Found <end> statement without a corresponding beginning of a block")]
    [InlineData("a.liquid", "Hi {{ name }}\n{% if vip %}Thanks!{% endfor %}\n", 2, 23, "Unable to find a pending `for` for this `endfor`")]
    [InlineData("skprompt.txt", "Hello {{$name\n", 1, 7, "'{{' is never closed")]
    [InlineData("a.yaml", "template: |\n  Hello {{#each items}}\ntemplate_format: handlebars\n", 2, 9, "never closed")]
    [InlineData("a.json", "[{\"role\":\"system\",\"content\":\"Hi {% if x %}\"}]", 1, 33, "endif")]
    public void Pl5001_reports_template_errors_at_their_exact_position(string file, string text, int line, int column, string message)
    {
        var finding = Assert.Single(Lint.Text(file, text).Of("PL5001"));
        Assert.Equal((line, column), (finding.Start().Line, finding.Start().Column));
        Assert.Contains(message, finding.Message);
    }

    [Theory]
    [InlineData("a.prompty", "system:\nSchema: {\"a\": {\"b\": 1}}\n")]
    [InlineData("a.prompt", "{{!-- a }} comment --}}{{{{raw}}}}{{not a tag{{{{/raw}}}}\n")]
    [InlineData("a.prompty", "{% raw %}{% if %}{% endraw %}\n")]
    [InlineData("a.sbn", "{{ if a }}x{{ else if b }}y{{ else }}z{{ end }}{%{ {{ }%}\n")]
    public void Pl5001_accepts_valid_templates(string file, string text) =>
        Assert.Empty(Lint.Text(file, text).Of("PL5001"));

    [Fact]
    public void Pl5002_flags_an_undeclared_variable_once_at_its_first_use()
    {
        string text = "---\ninputs:\n  question:\n    type: string\n---\nsystem:\nAnswer {{question}} for {{customer}} and {{customer}}.\n";
        var finding = Assert.Single(Lint.Text("a.prompty", text).Of("PL5002"));
        Assert.Equal((7, 27), (finding.Start().Line, finding.Start().Column));
        Assert.Contains("'customer'", finding.Message);
    }

    [Fact]
    public void Pl5002_ignores_loop_variables_and_formats_without_declarations()
    {
        string declared = "---\ninputs:\n  items:\n    type: list\n---\n{% for item in items %}{{ item.name }}{% endfor %}\n";
        Assert.Empty(Lint.Text("a.prompty", declared).Of("PL5002"));
        Assert.Empty(Lint.Text("a.md", "Hello {{customer}}\n").Of("PL5002"));
    }

    [Fact]
    public void Pl5002_checks_semantic_kernel_variables_against_config_json()
    {
        var companions = new Dictionary<string, string> { ["config.json"] = "{\"input_variables\":[{\"name\":\"input\"}]}" };
        var finding = Assert.Single(Lint.Text("skprompt.txt", "Summarize {{$input}} for {{$team}}.", companions: companions).Of("PL5002"));
        Assert.Contains("'team'", finding.Message);
    }

    [Fact]
    public void Pl5003_flags_a_declared_input_that_is_never_used_at_its_declaration()
    {
        string text = "---\ninput:\n  schema:\n    question: string\n    tone?: string\n---\n{{role \"user\"}}\n{{question}}\n";
        var finding = Assert.Single(Lint.Text("a.prompt", text).Of("PL5003"));
        Assert.Equal((5, 5), (finding.Start().Line, finding.Start().Column));
    }

    [Fact]
    public void Pl5003_is_skipped_when_a_partial_may_use_the_input() =>
        Assert.Empty(Lint.Text("a.prompt", "---\ninput:\n  schema:\n    tone: string\n---\n{{> style}}\n").Of("PL5003"));

    [Theory]
    [InlineData("a.prompty", "system:\nYou help. The customer wrote: {{message}}\nuser:\nhi\n", 2, 31)]
    [InlineData("skprompt.txt", "<message role=\"system\">Answer using {{$request}}</message>", 1, 37)]
    [InlineData("a.prompt", "{{role \"system\"}}\nYou answer questions about {{topic}} for the support team.\n{{role \"user\"}}\nhi\n", 2, 28)]
    [InlineData("support.system.md", "You summarize meeting notes for {{team}} in three bullet points.\n", 1, 33)]
    [InlineData("chat.jinja2", "# system:\nYou answer questions about {{topic}} for the support team.\n# user:\nhi\n", 2, 28)]
    public void Pl5004_flags_undelimited_variables_in_the_system_prompt(string file, string text, int line, int column)
    {
        var finding = Assert.Single(Lint.Text(file, text).Of("PL5004"));
        Assert.Equal((line, column), (finding.Start().Line, finding.Start().Column));
    }

    [Theory]
    [InlineData("system:\nThe customer wrote: <message>{{message}}</message>\nuser:\nhi\n")]
    [InlineData("system:\nThe customer wrote: \"{{message}}\"\nuser:\nhi\n")]
    [InlineData("system:\n<document>\n{{document}}\n</document>\nuser:\nhi\n")]
    [InlineData("system:\nToday is {{current_date}}.\nuser:\nhi\n")]
    [InlineData("system:\nYou help.\nuser:\n{{message}}\n")]
    [InlineData("system:\nAnswer from these documents only.\n===BEGIN RETRIEVED DOCUMENTS===\n{{documents}}\n===END RETRIEVED DOCUMENTS===\nuser:\nhi\n")]
    [InlineData("system:\nYou are {{assistant}}, a careful support agent.\nuser:\nhi\n")]
    public void Pl5004_accepts_delimited_settings_and_user_turn_variables(string text) =>
        Assert.Empty(Lint.Text("a.prompty", text).Of("PL5004"));

    /// <summary>
    /// Semantic Kernel sends a template without message tags, Dotprompt a body without role helpers and prompt flow a
    /// role-less template as the user's text; for a plain text file the application decides, and only a name like
    /// "system.md" says it is the system prompt.
    /// </summary>
    [Theory]
    [InlineData("skprompt.txt", "Summarize the following text in two sentences.\n{{$input}}\n")]
    [InlineData("a.yaml", "name: Summarize\ntemplate: |\n  Summarize the following text in two sentences.\n  {{$input}}\n")]
    [InlineData("a.prompt", "---\nmodel: googleai/gemini-2.5-flash\n---\nSummarize the following text in two sentences: {{text}}\n")]
    [InlineData("coherence.jinja2", "Rate the coherence of the summary from 1 to 5.\nSource Document:\n{{document}}\nSummary:\n")]
    [InlineData("keyphrases.txt", "Extract the key phrases from the text.\ntext: {{$input}}\n")]
    public void Pl5004_skips_roleless_text_that_the_host_sends_as_the_user_turn(string file, string text) =>
        Assert.Empty(Lint.Text(file, text).Of("PL5004"));

    /// <summary>
    /// A system message that is nothing but a variable is judged on the message, as in Prompty: the role tags or
    /// JSON quotes around it in the file are not delimiters the model sees.
    /// </summary>
    [Theory]
    [InlineData("a.prompty", "system:\n{{policy}}\nuser:\n{{question}}\n", 2, 1)]
    [InlineData("a.json", "[{\"role\":\"system\",\"content\":\"{{policy}}\"},{\"role\":\"user\",\"content\":\"{{question}}\"}]", 1, 30)]
    [InlineData("a.poml", "<poml>\n<system-msg>{{ policy }}</system-msg>\n<user-msg>{{ question }}</user-msg>\n</poml>\n", 2, 13)]
    [InlineData("skprompt.txt", "<message role=\"system\">{{$policy}}</message>\n<message role=\"user\">{{$question}}</message>\n", 1, 24)]
    public void Pl5004_reads_a_system_message_that_is_one_variable_alike_in_every_format(string file, string text, int line, int column)
    {
        var finding = Assert.Single(Lint.Text(file, text).Of("PL5004"));
        Assert.Equal((line, column), (finding.Start().Line, finding.Start().Column));
    }

    [Fact]
    public void Pl5004_reads_the_lines_of_a_json_string_after_its_escapes()
    {
        string text = "[{\"role\":\"system\",\"content\":\"You help.\\n<message>\\n{{message}}\\n</message>\\nNotes: {{notes}}\"},{\"role\":\"user\",\"content\":\"hi\"}]";
        var finding = Assert.Single(Lint.Text("a.json", text).Of("PL5004"));
        Assert.Contains("'{{notes}}'", finding.Message);
    }
}
