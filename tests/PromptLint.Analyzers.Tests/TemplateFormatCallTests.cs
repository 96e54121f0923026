using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// PL5007/PL5008 for Handlebars and Liquid template strings rendered with their template factories
/// (Semantic Kernel 1.82; the Handlebars and Liquid factories from source-declared stubs of the same full names).
/// </summary>
public sealed class TemplateFormatCallTests
{
    private const string Usings = "using System.Threading.Tasks; using Microsoft.SemanticKernel; using Microsoft.SemanticKernel.PromptTemplates.Handlebars; using Microsoft.SemanticKernel.PromptTemplates.Liquid;\n";

    private static AnalyzerRunner Project() => new AnalyzerRunner().WithStubs(Stubs.SemanticKernelTemplateFactories);

    [Fact]
    public async Task Handlebars_and_Liquid_variables_are_checked_like_Semantic_Kernel_ones()
    {
        var diagnostics = await Project().VerifyAsync(Usings + """
            class Stories
            {
                const string Handlebars = "Write a story about {{topic}} in {{#if style}}the style of {{style}}{{/if}}, {{length}} sentences.";
                const string Liquid = "Write a story about {{ topic }}{% for t in tags %} #{{ t }}{% endfor %}, {{ length }} sentences in a {{ tone | default: 'calm' }} tone.";

                async Task Run(Kernel kernel, string topic)
                {
                    await kernel.InvokePromptAsync(Handlebars, {|PL5007:new() { ["topic"] = topic, ["style"] = "Poe" }|}, templateFormat: "handlebars", promptTemplateFactory: new HandlebarsPromptTemplateFactory());
                    var liquid = kernel.CreateFunctionFromPrompt(Liquid, templateFormat: LiquidPromptTemplateFactory.LiquidTemplateFormat, promptTemplateFactory: new LiquidPromptTemplateFactory());
                    await liquid.InvokeAsync(kernel, {|PL5007:{|PL5007:new KernelArguments { ["topic"] = topic, [{|PL5008:"lenght"|}] = 3 }|}|});
                    await kernel.InvokeAsync(liquid, new KernelArguments { ["topic"] = topic, ["tags"] = new[] { "a" }, ["length"] = 3 });
                }
            }
            """, "PL5007", "PL5008");

        var missing = diagnostics.Where(d => d.Id == "PL5007").Select(d => d.GetMessage()).ToList();
        Assert.StartsWith("template variable 'length' (line 1, column 80 of the template) is not supplied: the arguments set topic, style,", missing[0]);
        Assert.StartsWith("template variable 'tags' (line 1, column 44 of the template)", missing[1]);
        Assert.StartsWith("template variable 'length' (line 1, column 77 of the template)", missing[2]);
        Assert.Equal("argument 'lenght' is not read by the template; did you mean 'length'?", diagnostics.Single(d => d.Id == "PL5008").GetMessage());
    }

    [Fact]
    public async Task An_unknown_or_mismatched_format_or_factory_gives_no_finding() =>
        await Project().VerifyAsync(Usings + """
            class Stories
            {
                const string Template = "Write a story about {{topic}} and {{$length}}.";

                async Task Run(Kernel kernel, string format, IPromptTemplateFactory factory)
                {
                    var arguments = new KernelArguments { ["x"] = 1 };
                    await kernel.InvokePromptAsync(Template, new() { ["x"] = 1 }, templateFormat: "handlebars");                                   // the default factory cannot render it
                    await kernel.InvokePromptAsync(Template, new() { ["x"] = 1 }, promptTemplateFactory: new HandlebarsPromptTemplateFactory());     // format semantic-kernel: not Handlebars
                    await kernel.InvokePromptAsync(Template, new() { ["x"] = 1 }, templateFormat: format, promptTemplateFactory: new HandlebarsPromptTemplateFactory());
                    await kernel.InvokePromptAsync(Template, new() { ["x"] = 1 }, templateFormat: "handlebars", promptTemplateFactory: factory);
                    await kernel.InvokePromptAsync(Template, new() { ["x"] = 1 }, templateFormat: "handlebars",
                        promptTemplateFactory: new HandlebarsPromptTemplateFactory(new HandlebarsPromptTemplateOptions()));                           // options may register helpers
                    await kernel.InvokePromptAsync(Template, new() { ["x"] = 1 }, templateFormat: "jinja2", promptTemplateFactory: new LiquidPromptTemplateFactory());
                }
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task A_variable_read_only_under_an_if_or_with_a_default_filter_may_be_left_out() =>
        await Project().VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel)
                {
                    await kernel.InvokePromptAsync("Answer {{question}}.{{#if notes}} Notes: {{notes}}{{/if}}", new() { ["question"] = "why" },
                        templateFormat: "handlebars", promptTemplateFactory: new HandlebarsPromptTemplateFactory());
                    await kernel.InvokePromptAsync("Answer {{ question }}.{% if notes %} Notes: {{ notes }}{% endif %} In a {{ tone | default: 'calm' }} tone.", new() { ["question"] = "why" },
                        templateFormat: "liquid", promptTemplateFactory: new LiquidPromptTemplateFactory());
                    await kernel.InvokePromptAsync("Answer {{ question }}. Notes: {{ notes }}", {|PL5007:new() { ["question"] = "why" }|},
                        templateFormat: "liquid", promptTemplateFactory: new LiquidPromptTemplateFactory());
                }
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task Handlebars_calls_to_kernel_functions_are_not_variables() =>
        await Project().VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel) =>
                    await kernel.InvokePromptAsync("Summarize {{input}} with {{notes-recall}} and {{notes-find query}}.", new() { ["input"] = "text", ["query"] = "q", ["user"] = "ann" },
                        templateFormat: "handlebars", promptTemplateFactory: new HandlebarsPromptTemplateFactory());
            }
            """, "PL5007", "PL5008");
}
