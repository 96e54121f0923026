using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Core.Tests.Templates;

/// <summary>Scriban and Liquid through Scriban's parser: its messages at their positions, variables from its syntax tree, and the depth guard.</summary>
public sealed class ScribanSyntaxTests
{
    [Theory]
    [InlineData("a.sbn", "system:\nHello {{ user.name | string.upcase }}, {{ for x in items }}{{ x.title }}{{ end }}{{ y = 3 }}{{ y }}\n", "user,items")]
    [InlineData("a.liquid", "Hi {{ customer.name | upcase }} {% for p in products %}{{ p.title }}{% endfor %}{% assign z = 1 %}{{ z }}{{ note | truncate: limit }}\n", "customer,products,note,limit")]
    [InlineData("a.sbn", "{{ capture greeting }}Hi {{ name }}{{ end }}{{ greeting }} {{ func shout(s) }}{{ s | string.upcase }}{{ end }}{{ shout topic }}\n", "name,topic")]
    public void Variables_come_from_the_syntax_tree(string file, string text, string expected)
    {
        PromptDocument document = Linter.Read(new PromptInput(file, text))!;
        string read = string.Join(",", document.Expressions.SelectMany(e => e.Variables).Select(v => v.Name));
        Assert.Equal(expected, read);
    }

    [Fact]
    public void A_variable_span_points_at_its_name_in_the_file()
    {
        PromptDocument document = Linter.Read(new PromptInput("a.liquid", "Line one.\nDear {{ customer.name }},\n"))!;
        TemplateVariableReference variable = document.Expressions.SelectMany(e => e.Variables).Single();
        Assert.Equal("customer", document.Source.Text.Substring(variable.Span.Start, variable.Span.Length));
    }

    [Fact]
    public void Scriban_errors_are_reported_at_the_parser_position_in_the_file()
    {
        // Scriban places a missing {{ end }} at the last token, here the 'x' tag's closing braces (0-based 2,5).
        var finding = Assert.Single(Lint.Text("a.sbn", "Intro line.\n{{ for x in items }}\n{{ x }}").Of("PL5001"));
        Assert.Equal((3, 6), (finding.Start().Line, finding.Start().Column));
        Assert.Contains("The <end> statement was not found", finding.Message);
    }

    [Fact]
    public void Liquid_inside_a_semantic_kernel_yaml_template_goes_through_Scriban_at_its_file_position()
    {
        string yaml = "name: GiftNote\ntemplate_format: liquid\ntemplate: |\n  <message role=\"system\">You write gift notes. Respond with the note only.</message>\n  <message role=\"user\">{{ recipient.name }} {% if vip %}VIP{% endfor %}</message>\n";
        var finding = Assert.Single(Lint.Text("gift.yaml", yaml).Of("PL5001"));
        Assert.Equal((5, 63), (finding.Start().Line, finding.Start().Column));
        Assert.Equal("Unable to find a pending `for` for this `endfor`", finding.Message);
    }

    [Theory]
    [InlineData("a.sbn", "{{ ", "(")]
    [InlineData("a.sbn", "", "{{ if a }}")]
    [InlineData("a.liquid", "", "{% if a %}")]
    [InlineData("a.sbn", "{{ x = ", "[")]
    [InlineData("a.sbn", "{{ ", "!")]
    public void Deep_nesting_is_refused_with_a_located_PL0014_before_the_parser_runs(string file, string prefix, string repeated)
    {
        string text = "Intro line.\n" + prefix + string.Concat(Enumerable.Repeat(repeated, 50_000));
        IReadOnlyList<Finding> findings = Lint.Text(file, text);
        Finding tooDeep = Assert.Single(findings.Of("PL0014"));
        Assert.Equal(2, tooDeep.Start().Line);
        Assert.Contains("nests deeper than 64 levels", tooDeep.Message);
        Assert.Empty(findings.Of("PL5001"));
    }

    [Fact]
    public void Nesting_below_the_limit_is_parsed_normally()
    {
        string text = "{{ x = " + new string('(', 40) + "1" + new string(')', 40) + " }}{{ x }}\n";
        Assert.DoesNotContain(Lint.Text("a.sbn", text), f => f.RuleId is "PL0014" or "PL5001");
    }
}
