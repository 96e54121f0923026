using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Json;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Semantic Kernel directory form: <c>skprompt.txt</c>, with the sibling <c>config.json</c> when the host
/// supplies it (inputs, <c>template_format</c>, <c>execution_settings.*.model_id</c> and <c>response_format</c>).
/// </summary>
internal sealed class SemanticKernelTextReader : PromptReader
{
    public override PromptFormat Format => PromptFormat.SemanticKernelText;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        TemplateDialect dialect = TemplateDialect.SemanticKernel;
        if (input.Companions.TryGetValue(PromptFormats.SemanticKernelConfig, out string? configText))
        {
            dialect = ReadConfig(builder, configText);
        }

        string text = builder.Source.Text;
        int start = builder.Source.ContentStart;
        string body = text.Substring(start);
        TextMap map = TextMap.Contiguous(start, body.Length);
        TemplateScanResult scan = builder.ScanTemplate(body, map, dialect);
        SemanticKernelMessages.Split(builder, body, map, scan);
    }

    private static TemplateDialect ReadConfig(PromptDocumentBuilder builder, string configText)
    {
        JsonNode config;
        try
        {
            config = JsonParser.Parse(configText);
        }
        catch (JsonSyntaxException e)
        {
            var position = new SourceText(PromptFormats.SemanticKernelConfig, configText).GetLinePosition(e.Offset);
            builder.AddProblem(MalformedStructure.Rule, new TextSpan(0, 0), $"the sibling config.json is not valid JSON at line {position.Line}, column {position.Column}: {e.Message}");
            return TemplateDialect.SemanticKernel;
        }

        // Inputs are declared in config.json, not in this file: their findings point at the template's start.
        JsonNode? variables = config["input_variables"] ?? config["input"]?["parameters"];
        if (variables is JsonArray array)
        {
            builder.DeclaresInputs();
            foreach (JsonNode item in array.Items)
            {
                if (item["name"]?.StringValue is { } name)
                {
                    builder.AddInput(name, new TextSpan(0, 0));
                }
            }
        }

        if (config["execution_settings"] is JsonObject settings)
        {
            foreach (JsonProperty service in settings.Properties)
            {
                if (service.Value["model_id"]?.StringValue is { Length: > 0 } model && builder.Model is null)
                {
                    builder.Model = new DeclaredModel(model, new TextSpan(0, 0));
                }

                JsonNode? format = service.Value["response_format"];
                if (format is not null && format.StringValue != "text")
                {
                    builder.AddOutput("response_format in config.json", new TextSpan(0, 0));
                }
            }
        }

        return config["template_format"]?.StringValue switch
        {
            "handlebars" => TemplateDialect.Handlebars,
            "liquid" => TemplateDialect.Liquid,
            "jinja2" => TemplateDialect.Jinja,
            _ => TemplateDialect.SemanticKernel,
        };
    }
}
