using System.Linq;
using PromptLint.Analysis;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// What the analyzer decides about a Semantic Kernel template held in a C# string before it filters Core's findings,
/// read from Core's model of the template rather than from its characters: the reader's messages and outline (is it a
/// bare request?) and the template scanner's block tags (does it loop over example data?).
/// </summary>
internal readonly record struct TemplateShape(bool IsBareRequest, bool LoopsOverExamples)
{
    /// <summary>Fewer static words than this, with no role of its own, is what Semantic Kernel sends as a lone user message.</summary>
    private const int BareRequestMaxWords = 12;

    /// <summary>
    /// The template factory is not visible at the call (Handlebars, Liquid and Prompty's Scriban all take the same
    /// string), so a loop counts when any of the dialects that have loops reads one.
    /// </summary>
    private static readonly TemplateDialect[] LoopDialects = { TemplateDialect.Handlebars, TemplateDialect.Liquid, TemplateDialect.Scriban };

    public static TemplateShape Of(PromptDocument document)
    {
        var blocks = LoopDialects
            .SelectMany(dialect => TemplateScanner.Scan(document.Source.Text, dialect).Expressions)
            .Where(tag => tag.Kind == TemplateExpressionKind.BlockOpen)
            .ToList();
        bool loops = blocks.Any(IsExampleLoop);
        bool bare = blocks.Count == 0 && document.Messages.All(m => m.RoleIsImplicit) && IsFewWords(PromptAnalysis.Of(document).StaticWordCount);
        return new TemplateShape(bare, loops);
    }

    private static bool IsFewWords(int words) => words > 0 && words < BareRequestMaxWords;

    /// <summary><c>{{#each fewShotExamples}}</c>, <c>{% for example in examples %}</c>, <c>{{ for ex in samples }}</c>.</summary>
    private static bool IsExampleLoop(TemplateExpression tag) =>
        tag.Name is "each" or "for" && ExampleHistories.IsExampleName(tag.Content);
}
