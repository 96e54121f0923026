using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Core.Tests.Templates;

public sealed class TemplateScannerTests
{
    [Theory]
    [InlineData(TemplateDialect.Handlebars, "{{#each items as |item|}}{{item.name}} {{../title}}{{/each}}", "items,title")]
    [InlineData(TemplateDialect.Handlebars, "{{#if (eq status \"open\")}}{{lookup map key}}{{/if}}", "status,map,key")]
    [InlineData(TemplateDialect.Jinja, "{% for k, v in pairs | dictsort %}{{ k ~ v }}{% endfor %}{{ user.name | default('x') }}", "pairs,user")]
    [InlineData(TemplateDialect.Jinja, "{% set greeting = 'hi' %}{{ greeting }} {{ range(3) }} {{ loop }}", "")]
    [InlineData(TemplateDialect.Scriban, "{{ for p in products }}{{ p.title | string.upcase }}{{ end }}{{ x = 1 }}{{ x }}", "products")]
    [InlineData(TemplateDialect.SemanticKernel, "{{$input}} {{time.now}} {{search.find query=$q}} {{\"lit\"}}", "input,q")]
    [InlineData(TemplateDialect.Mustache, "{{name}} {{{raw}}} {{&esc}} {{#list}}{{.}}{{/list}} {{^empty}}none{{/empty}} {{! comment }}", "name,raw,esc,list,empty")]
    public void Extracts_the_variables_a_template_reads(TemplateDialect dialect, string text, string expected)
    {
        TemplateScanResult result = TemplateScanner.Scan(text, dialect);
        Assert.Empty(result.Errors);
        var names = result.Expressions.SelectMany(e => e.Variables).Select(v => v.Name).Distinct();
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), names);
    }

    [Fact]
    public void Variable_spans_point_at_the_name()
    {
        const string text = "Hi {{ user.name }}!";
        var variable = TemplateScanner.Scan(text, TemplateDialect.Jinja).Expressions.Single().Variables.Single();
        Assert.Equal("user", text.Substring(variable.Span.Start, variable.Span.Length));
    }

    [Theory]
    [InlineData(TemplateDialect.Handlebars, "{{#if a}}{{#each b}}{{/if}}", "'{{#each b}}' is never closed")]
    [InlineData(TemplateDialect.Handlebars, "{{/if}}", "never opened")]
    [InlineData(TemplateDialect.Handlebars, "{{else}}", "outside any block")]
    [InlineData(TemplateDialect.Jinja, "{% if a %}{% endfor %}{% endif %}", "does not match")]
    [InlineData(TemplateDialect.Jinja, "{# unclosed comment", "comment '{#' is never closed")]
    [InlineData(TemplateDialect.Jinja, "{% raw %} never ends", "add '{% endraw %}'")]
    [InlineData(TemplateDialect.Scriban, "{{ if a }}{{ for x in y }}{{ end }}", "'{{ if a }}' is never closed")]
    [InlineData(TemplateDialect.Scriban, "{%{ escape", "escape block")]
    [InlineData(TemplateDialect.Mustache, "{{{{raw}}}} x", "raw block")]
    [InlineData(TemplateDialect.Mustache, "{{ a {{ b }}", "'{{' is never closed")]
    public void Reports_syntax_errors(TemplateDialect dialect, string text, string message)
    {
        TemplateScanResult result = TemplateScanner.Scan(text, dialect);
        Assert.Contains(result.Errors, e => e.Message.Contains(message));
    }

    [Fact]
    public void An_unclosed_tag_is_reported_where_it_opens_and_the_next_tag_still_scans()
    {
        TemplateScanResult result = TemplateScanner.Scan("ab {{ a \n {{ b }}", TemplateDialect.Mustache);
        Assert.Equal(3, Assert.Single(result.Errors).Span.Start);
        Assert.Equal("b", Assert.Single(result.Expressions).Name);
    }

    private static readonly Dictionary<string, (string Text, TemplateDialect Dialect)> Adversarial = new()
    {
        ["200k single braces"] = (new string('{', 200_000), TemplateDialect.Handlebars),
        ["100k {{"] = (string.Concat(Enumerable.Repeat("{{", 100_000)), TemplateDialect.Mustache),
        ["100k {%"] = (string.Concat(Enumerable.Repeat("{%", 100_000)), TemplateDialect.Jinja),
        ["20k nested if blocks"] = (string.Concat(Enumerable.Repeat("{{#if a}}", 20_000)), TemplateDialect.Handlebars),
        ["20k scriban if blocks"] = (string.Concat(Enumerable.Repeat("{{ if a }}", 20_000)), TemplateDialect.Scriban),
        ["an open tag then 500k spaces"] = ("{{" + new string(' ', 500_000), TemplateDialect.Jinja),
        ["50k raw-block openers"] = (string.Concat(Enumerable.Repeat("{{{{", 50_000)), TemplateDialect.Handlebars),
        ["20k unclosed raw tags"] = (string.Concat(Enumerable.Repeat("{% raw %}", 20_000)), TemplateDialect.Jinja),
    };

    public static TheoryData<string> AdversarialInputs => new(Adversarial.Keys);

    [Theory]
    [MemberData(nameof(AdversarialInputs))]
    public void Adversarial_input_finishes_with_bounded_errors(string name)
    {
        (string text, TemplateDialect dialect) = Adversarial[name];
        TemplateScanResult result = TemplateScanner.Scan(text, dialect);
        Assert.True(result.Errors.Count <= text.Length, "at most one error per character");
        Assert.NotEmpty(result.Errors);
    }
}
