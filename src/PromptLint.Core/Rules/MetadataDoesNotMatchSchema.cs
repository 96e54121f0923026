using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>
/// PL5006: front matter (or a YAML template's keys) that its format's runtime ignores or rejects: a misspelled key,
/// a value of the wrong type, a model parameter out of range, an unknown template format.
/// </summary>
internal sealed class MetadataDoesNotMatchSchema : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL5006", "Prompt metadata does not match the format schema", Severity.Warning, RuleScope.PromptFiles,
        "A metadata key is misspelled, a value has the wrong type or range, or the template format is unknown.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (document.Metadata is not { } metadata || MetadataSchemas.For(document.Format) is not { } schema)
        {
            return;
        }

        new MetadataSchemaCheck(FormatName(document.Format), context.Report).Check(metadata, schema, string.Empty);
    }

    private static string FormatName(PromptFormat format) => format switch
    {
        PromptFormat.SemanticKernelYaml => "Semantic Kernel",
        _ => format.ToString(),
    };
}
