using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>
/// Prompty (.prompty): YAML front matter of any generation (classic v1 <c>model.configuration</c>, later
/// v1 <c>model.connection</c>, v2 <c>model.id</c> and list-shaped <c>inputs</c>), then a body split at
/// <c>system:</c>/<c>user:</c>/<c>assistant:</c> lines. The template is Jinja2 unless it says mustache.
/// </summary>
internal sealed class PromptyReader : PromptReader
{
    public override PromptFormat Format => PromptFormat.Prompty;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        FrontMatter front = FrontMatter.Read(builder, "Prompty front matter");
        TemplateDialect dialect = TemplateDialect.Jinja;
        if (front.Yaml is { Root: { } root } yaml)
        {
            builder.Metadata = MetadataTree.From(yaml);
            ReadModel(builder, yaml, root);
            ReadInputs(builder, yaml, root.Get("inputs"));
            ReadOutputs(builder, yaml, root);
            dialect = ReadDialect(root.Get("template"));
        }

        string text = builder.Source.Text;
        string body = text.Substring(front.BodyStart);
        TextMap map = TextMap.Contiguous(front.BodyStart, body.Length);
        builder.ScanTemplate(body, map, dialect);
        RoleMarkers.Split(builder, body, map);
    }

    private static void ReadModel(PromptDocumentBuilder builder, YamlSource yaml, YamlMappingNode root)
    {
        YamlNode? model = root.Get("model");
        YamlNode? id = model is YamlScalarNode ? model
            : model.Get("id") ?? model.GetPath("configuration", "azure_deployment") ?? model.GetPath("configuration", "model")
              ?? model.GetPath("configuration", "name") ?? model.GetPath("connection", "azure_deployment");
        if (id is YamlScalarNode { Value: { Length: > 0 } value } scalar)
        {
            builder.Model = new DeclaredModel(value, yaml.SpanOf(scalar));
        }
    }

    private static void ReadInputs(PromptDocumentBuilder builder, YamlSource yaml, YamlNode? inputs)
    {
        if (inputs is null)
        {
            return;
        }

        builder.DeclaresInputs();
        foreach (var entry in inputs.Entries())
        {
            builder.AddInput(entry.Key.Value ?? string.Empty, yaml.SpanOf(entry.Key));
        }

        foreach (YamlNode item in inputs.Items())
        {
            if (item.Get("name") is YamlScalarNode { Value: { } name } nameNode)
            {
                builder.AddInput(name, yaml.SpanOf(nameNode));
            }
            else if (item is YamlScalarNode { Value: { } bare })
            {
                builder.AddInput(bare, yaml.SpanOf(item));
            }
        }
    }

    private static void ReadOutputs(PromptDocumentBuilder builder, YamlSource yaml, YamlMappingNode root)
    {
        YamlNode? outputs = root.Get("outputs");
        if (outputs is YamlMappingNode { Children.Count: > 0 } or YamlSequenceNode { Children.Count: > 0 })
        {
            builder.AddOutput("outputs declared in front matter", yaml.SpanOf(outputs));
        }

        YamlNode? model = root.Get("model");
        YamlNode? responseFormat = model.GetPath("parameters", "response_format") ?? model.GetPath("options", "responseFormat")
            ?? model.GetPath("options", "response_format");
        string? type = responseFormat is YamlScalarNode ? responseFormat.ScalarValue() : responseFormat.Get("type").ScalarValue();
        if (responseFormat is not null && type != "text")
        {
            builder.AddOutput($"response_format {type ?? "set"}", yaml.SpanOf(responseFormat));
        }
    }

    private static TemplateDialect ReadDialect(YamlNode? template)
    {
        string? name = template.ScalarValue() ?? template.Get("format").ScalarValue() ?? template.GetPath("format", "kind").ScalarValue();
        return name?.ToLowerInvariant() switch
        {
            "mustache" => TemplateDialect.Mustache,
            "handlebars" => TemplateDialect.Handlebars,
            _ => TemplateDialect.Jinja,
        };
    }
}
