using PromptLint.Model;
using PromptLint.Templates;
using YamlDotNet.RepresentationModel;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Plain .md/.txt prompts: optional YAML front matter (as in <c>.prompt.md</c> files), optional
/// <c>system:</c>/<c>user:</c>/<c>assistant:</c> lines, and whatever <c>{{ }}</c> dialect the text uses.
/// </summary>
internal sealed class PlainTextReader : PromptReader
{
    public PlainTextReader(PromptFormat format) => Format = format;

    public override PromptFormat Format { get; }

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        FrontMatter front = FrontMatter.Read(builder, "front matter");
        if (front.Yaml is { Root: { } root } yaml && root.Get("model") is YamlScalarNode { Value: { Length: > 0 } model } modelNode)
        {
            builder.Model = new DeclaredModel(model, yaml.SpanOf(modelNode));
        }

        string body = builder.Source.Text.Substring(front.BodyStart);
        TextMap map = TextMap.Contiguous(front.BodyStart, body.Length);
        builder.ScanTemplate(body, map, TemplateDialect.None);
        RoleMarkers.Split(builder, body, map);
    }
}
