using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// Scriban templates (.scriban, .sbn, .sbn-txt, …) and Liquid templates (.liquid), parsed by Scriban's own
/// parser (errors and variables) with the template scanner for tag spans. Neither has role syntax;
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
        builder.ScanScribanTemplate(body, map, liquid: Format == PromptFormat.Liquid);
        RoleMarkers.Split(builder, body, map);
    }
}
