using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Json;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// JSON chat prompts: an OpenAI-style <c>[{"role": …, "content": …}]</c> array, or an object with a
/// <c>messages</c> array (and optionally <c>model</c>, <c>response_format</c>). Content may be a string or a
/// list of parts with <c>text</c>. Escapes are decoded; spans map back into the JSON strings.
/// </summary>
internal sealed class JsonChatReader : PromptReader
{
    public override PromptFormat Format => PromptFormat.JsonChat;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        SourceText source = builder.Source;
        JsonNode root;
        try
        {
            root = JsonParser.Parse(source.Text);
        }
        catch (JsonSyntaxException e)
        {
            builder.AddProblem(MalformedStructure.Rule, new TextSpan(e.Offset, e.Offset < source.Length ? 1 : 0), $"JSON chat prompt is not valid JSON: {e.Message}");
            return;
        }

        JsonNode? messages = root is JsonArray ? root : root["messages"];
        if (messages is not JsonArray array)
        {
            builder.AddProblem(MalformedStructure.Rule, new TextSpan(root.Span.Start, 1), "JSON chat prompt must be an array of {\"role\", \"content\"} messages or an object with a \"messages\" array");
            return;
        }

        if (root["model"] is JsonString model)
        {
            builder.Model = new DeclaredModel(model.Value, model.Span);
        }

        if (root["response_format"] is { } format && format["type"]?.StringValue != "text")
        {
            builder.AddOutput("response_format", format.Span);
        }

        foreach (JsonNode item in array.Items)
        {
            ReadMessage(builder, item);
        }
    }

    private static void ReadMessage(PromptDocumentBuilder builder, JsonNode item)
    {
        if (item["role"] is not JsonString role)
        {
            builder.AddProblem(MalformedStructure.Rule, new TextSpan(item.Span.Start, 1), "chat message has no \"role\" string");
            return;
        }

        MessageRole? parsed = MessageRoleExtensions.Parse(role.Value);
        if (parsed is null)
        {
            builder.AddProblem(MalformedStructure.Rule, role.Span, $"unknown role '{role.Value}'; use system, developer, user, assistant or tool");
            return;
        }

        foreach (JsonString part in ContentParts(item["content"]))
        {
            builder.ScanTemplate(part.Value, part.Map, TemplateDialect.None);
            builder.AddMessage(parsed.Value, part.Value, part.Map, role.Span);
        }
    }

    private static IEnumerable<JsonString> ContentParts(JsonNode? content)
    {
        if (content is JsonString s)
        {
            yield return s;
        }
        else if (content is JsonArray parts)
        {
            foreach (JsonNode part in parts.Items)
            {
                if (part["text"] is JsonString text)
                {
                    yield return text;
                }
            }
        }
    }
}
