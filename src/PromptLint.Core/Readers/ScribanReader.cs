using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Scriban templates (.scriban, .sbn, .sbn-txt, …) and Liquid templates (.liquid). Neither has role syntax;
/// a team may still write Prompty-style <c>system:</c> lines, which are honoured. Otherwise the whole text is
/// the instructions.
/// </summary>
internal sealed class ScribanReader : PromptReader
{
    public ScribanReader(PromptFormat format) => Format = format;

    public override PromptFormat Format { get; }

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        string text = builder.Source.Text;
        int start = builder.Source.ContentStart;
        string body = text.Substring(start);
        TextMap map = TextMap.Contiguous(start, body.Length);
        builder.ScanTemplate(body, map, Format == PromptFormat.Liquid ? TemplateDialect.Liquid : TemplateDialect.Scriban);
        RoleMarkers.Split(builder, body, map);
    }
}
