namespace PromptLint.Diagnostics;

/// <summary>PL5001: reported by the template scanner, through the document builder; the class holds its descriptor only.</summary>
internal static class TemplateSyntaxError
{
    public static readonly RuleDescriptor Rule = new(
        "PL5001", "Template syntax error", Severity.Error, RuleScope.PromptFiles,
        "A template tag is not closed, a block is never closed, or a closing tag has no opener; the template would fail to render or render wrongly.");
}
