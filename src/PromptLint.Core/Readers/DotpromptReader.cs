using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>
/// Dotprompt (.prompt, Genkit): front matter with <c>model</c>, <c>input.schema</c> (Picoschema or JSON
/// Schema), <c>output.format</c>/<c>output.schema</c>; a Handlebars body split at <c>{{role "…"}}</c>
/// and <c>{{#role "…"}}…{{/role}}</c>, where <c>model</c> means assistant.
/// </summary>
internal sealed class DotpromptReader : PromptReader
{
    public override PromptFormat Format => PromptFormat.Dotprompt;

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        FrontMatter front = FrontMatter.Read(builder, "Dotprompt front matter", allowCommentHeader: true);
        if (front.Yaml is { Root: { } root } yaml)
        {
            builder.Metadata = MetadataTree.From(yaml);
            if (root.Get("model") is YamlScalarNode { Value: { Length: > 0 } model } modelNode)
            {
                builder.Model = new DeclaredModel(model, yaml.SpanOf(modelNode));
            }

            ReadInputs(builder, yaml, root.GetPath("input", "schema"));
            ReadOutput(builder, yaml, root.Get("output"));
        }

        string text = builder.Source.Text;
        string body = text.Substring(front.BodyStart);
        TextMap map = TextMap.Contiguous(front.BodyStart, body.Length);
        TemplateScanResult scan = builder.ScanTemplate(body, map, TemplateDialect.Handlebars);
        SplitAtRoles(builder, body, map, scan);
    }

    private static void ReadInputs(PromptDocumentBuilder builder, YamlSource yaml, YamlNode? schema)
    {
        if (schema is null)
        {
            return;
        }

        builder.DeclaresInputs();
        YamlNode? properties = schema.Get("properties") ?? schema;
        foreach (var entry in properties.Entries())
        {
            string key = entry.Key.Value ?? string.Empty;
            if (properties == schema && key is "type" or "required" or "description")
            {
                continue;
            }

            // Picoschema keys carry modifiers: "name?", "tags(array, list of tags)".
            int cut = key.IndexOfAny(new[] { '?', '(' });
            builder.AddInput((cut < 0 ? key : key.Substring(0, cut)).Trim(), yaml.SpanOf(entry.Key));
        }
    }

    private static void ReadOutput(PromptDocumentBuilder builder, YamlSource yaml, YamlNode? output)
    {
        if (output.Get("schema") is { } schema)
        {
            builder.AddOutput("output.schema", yaml.SpanOf(schema));
        }
        else if (output.Get("format") is YamlScalarNode { Value: { } format } formatNode && format != "text")
        {
            builder.AddOutput($"output.format {format}", yaml.SpanOf(formatNode));
        }
    }

    private static void SplitAtRoles(PromptDocumentBuilder builder, string body, TextMap map, TemplateScanResult scan)
    {
        var cuts = new List<(int Start, int End, MessageRole? Role)>();
        foreach (TemplateExpression e in scan.Expressions)
        {
            bool roleTag = e.Name == "role" && e.Kind is TemplateExpressionKind.Call or TemplateExpressionKind.BlockOpen;
            if (roleTag)
            {
                cuts.Add((e.Span.Start, e.Span.End, MessageRoleExtensions.Parse(FirstQuoted(e.Content) ?? string.Empty) ?? MessageRole.User));
            }
            else if ((e.Name == "role" && e.Kind == TemplateExpressionKind.BlockClose) || (e.Name == "history" && e.Kind == TemplateExpressionKind.Call))
            {
                cuts.Add((e.Span.Start, e.Span.End, null));
            }
        }

        if (cuts.Count == 0)
        {
            RoleMarkers.AddSegment(builder, body, map, 0, body.Length, MessageRole.System, default, implicitRole: true, requireContent: true);
            return;
        }

        RoleMarkers.AddSegment(builder, body, map, 0, cuts[0].Start, MessageRole.System, default, implicitRole: true, requireContent: true);
        for (int i = 0; i < cuts.Count; i++)
        {
            int end = i + 1 < cuts.Count ? cuts[i + 1].Start : body.Length;
            (int start, int tagEnd, MessageRole? role) = cuts[i];
            TextSpan marker = map.ToSource(TextSpan.FromBounds(start, tagEnd));
            // Text after {{/role}} or {{history}} goes back to Dotprompt's default role, user.
            RoleMarkers.AddSegment(builder, body, map, tagEnd, end, role ?? MessageRole.User, marker, implicitRole: false, requireContent: role is null);
        }
    }

    private static string? FirstQuoted(string content)
    {
        int open = content.IndexOfAny(new[] { '"', '\'' });
        if (open < 0)
        {
            return null;
        }

        int close = content.IndexOf(content[open], open + 1);
        return close < 0 ? null : content.Substring(open + 1, close - open - 1);
    }
}
