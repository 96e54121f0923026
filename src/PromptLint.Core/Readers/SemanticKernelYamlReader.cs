using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Templates;
using PromptLint.Text;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>
/// Semantic Kernel YAML prompt templates: <c>template</c>, <c>template_format</c>, <c>input_variables</c>,
/// <c>execution_settings</c>, <c>output_variable</c>. The template's text maps back to its lines in the file.
/// </summary>
internal sealed class SemanticKernelYamlReader : PromptReader
{
    public override PromptFormat Format => PromptFormat.SemanticKernelYaml;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        string text = builder.Source.Text;
        int start = builder.Source.ContentStart;
        YamlSource yaml = YamlSource.Parse(builder, start, text.Length - start, "YAML prompt template");
        builder.MetadataSpan = TextSpan.FromBounds(start, text.Length);
        MetadataSuppression.Read(builder, yaml);
        if (yaml.Root is not { } root)
        {
            return;
        }

        builder.Metadata = MetadataTree.From(yaml);
        if (root.Get("template") is not YamlScalarNode template)
        {
            builder.AddProblem(MalformedStructure.Rule, yaml.SpanOf(root), "YAML prompt template has no 'template:' text; add the prompt under 'template: |'");
            return;
        }

        ReadInputs(builder, yaml, root.Get("input_variables"));
        ReadExecutionSettings(builder, yaml, root.Get("execution_settings"));
        if (root.GetPath("output_variable", "json_schema") is { } schema)
        {
            builder.AddOutput("output_variable.json_schema", yaml.SpanOf(schema));
        }

        TemplateDialect dialect = root.Get("template_format").ScalarValue() switch
        {
            "handlebars" => TemplateDialect.Handlebars,
            "liquid" => TemplateDialect.Liquid,
            "jinja2" => TemplateDialect.Jinja,
            _ => TemplateDialect.SemanticKernel,
        };
        (string body, TextMap map) = yaml.ScalarText(template);
        TemplateScanResult scan = builder.ScanTemplate(body, map, dialect);
        SemanticKernelMessages.Split(builder, body, map, scan);
    }

    private static void ReadInputs(PromptDocumentBuilder builder, YamlSource yaml, YamlNode? variables)
    {
        if (variables is null)
        {
            return;
        }

        builder.DeclaresInputs();
        foreach (YamlNode item in variables.Items())
        {
            if (item.Get("name") is YamlScalarNode { Value: { } name } node)
            {
                builder.AddInput(name, yaml.SpanOf(node));
            }
        }
    }

    private static void ReadExecutionSettings(PromptDocumentBuilder builder, YamlSource yaml, YamlNode? settings)
    {
        foreach (var service in settings.Entries())
        {
            if (service.Value.Get("model_id") is YamlScalarNode { Value: { Length: > 0 } model } modelNode && builder.Model is null)
            {
                builder.Model = new DeclaredModel(model, yaml.SpanOf(modelNode));
            }

            if (service.Value.Get("response_format") is { } format && format.ScalarValue() != "text")
            {
                builder.AddOutput("execution_settings response_format", yaml.SpanOf(format));
            }
        }
    }
}
