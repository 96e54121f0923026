using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>
/// General-purpose template files with no role syntax of their own (Handlebars <c>.hbs</c>/<c>.handlebars</c>,
/// Mustache <c>.mustache</c>): the template scanner in the file's dialect, and Prompty-style role lines
/// (<c>system:</c>, <c>user:</c>) when a team writes them. Without role lines the whole text is the instructions.
/// </summary>
internal sealed class TemplateTextReader : PromptReader
{
    private readonly TemplateDialect _dialect;

    public TemplateTextReader(PromptFormat format, TemplateDialect dialect)
    {
        Format = format;
        _dialect = dialect;
    }

    public override PromptFormat Format { get; }

    public override void Read(PromptDocumentBuilder builder, PromptInput input)
    {
        int start = builder.Source.ContentStart;
        string body = builder.Source.Text.Substring(start);
        TextMap map = TextMap.Contiguous(start, body.Length);
        builder.ScanTemplate(body, map, _dialect);
        RoleMarkers.Split(builder, body, map);
    }
}
