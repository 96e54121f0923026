using PromptLint.Analyzers.CSharp;
using PromptLint.Settings;
using PromptLint.Model;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// What the analyzer decides about a Semantic Kernel template string comes from Core's model of it: the scanner's
/// block tags (loops in any loop dialect a template factory may use) and the reader's messages and outline.
/// </summary>
public sealed class TemplateShapeTests
{
    [Theory]
    [InlineData("Classify {{$input}}.\n{{#each fewShotExamples}}\nQ: {{this.q}}\n{{/each}}")]
    [InlineData("Classify {{ input }}.\n{% for ex in examples %}\nQ: {{ ex.q }}\n{% endfor %}")]
    [InlineData("Classify {{ input }}.\n{%- for s in samples -%}\nQ: {{ s.q }}\n{%- endfor -%}")]
    [InlineData("Classify {{ input }}.\n{{ for shot in shots }}\nQ: {{ shot.q }}\n{{ end }}")]
    public void A_loop_over_example_data_in_any_loop_dialect_counts(string template)
    {
        Assert.Equal(new TemplateShape(IsBareRequest: false, LoopsOverExamples: true), Shape(template));
    }

    [Theory]
    [InlineData("Classify {{$input}}.\n{{#each items}}\n- {{this}}\n{{/each}}")]
    [InlineData("Classify {{$input}}.\n{{!-- {{#each examples}} was removed --}}")]
    [InlineData("Classify {{$input}}. Give examples of similar tickets.")]
    public void A_loop_over_other_data_a_comment_or_a_word_is_not_an_example_loop(string template)
    {
        Assert.False(Shape(template).LoopsOverExamples);
    }

    [Theory]
    [InlineData("Summarize {{$input}}", true)]
    [InlineData("Tell me a joke about {{$topic}}.", true)]
    [InlineData("<message role=\"system\">Be brief.</message><message role=\"user\">{{$input}}</message>", false)]
    [InlineData("{{#if formal}}Write formally.{{/if}} {{$input}}", false)]
    [InlineData("You are a support agent for Contoso. Answer the customer's billing question politely and cite the invoice number. {{$input}}", false)]
    [InlineData("{{$input}}", false)]
    public void A_bare_request_is_a_few_static_words_with_no_role_and_no_block(string template, bool bare)
    {
        Assert.Equal(bare, Shape(template).IsBareRequest);
    }

    private static TemplateShape Shape(string template) =>
        new LintCache().TemplateWithShape(PromptFormat.SemanticKernelText, template, LintSettings.FromPreset(Presets.Recommended)).Shape;
}
