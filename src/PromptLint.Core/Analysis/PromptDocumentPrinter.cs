using System.Globalization;
using System.Linq;
using System.Text;
using PromptLint.Analysis;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>
/// A stable, human-readable dump of what a reader made of a file: messages with roles and positions,
/// template tags, declarations, examples and instruction facts. Used by <c>promptlint inspect</c> and the
/// golden-file tests that pin reader output.
/// </summary>
public static class PromptDocumentPrinter
{
    public static string Print(PromptDocument document)
    {
        var sb = new StringBuilder();
        SourceText source = document.Source;
        sb.Append("format: ").Append(document.Format).Append(", dialect: ").Append(document.Dialect).AppendLine();
        if (document.Model is { } model)
        {
            sb.Append("model: ").Append(model.Id).Append(' ').Append(Position(source, model.Span)).AppendLine();
        }

        if (document.DeclaredInputs is { } inputs)
        {
            sb.Append("inputs: ").Append(inputs.Count == 0 ? "(none)" : string.Join(", ", inputs.Select(i => i.Name + " " + Position(source, i.Span)))).AppendLine();
        }

        foreach (DeclaredOutput output in document.DeclaredOutputs)
        {
            sb.Append("output: ").Append(output.Description).Append(' ').Append(Position(source, output.Span)).AppendLine();
        }

        foreach (ReadProblem problem in document.Problems)
        {
            sb.Append("problem: ").Append(problem.RuleId).Append(' ').Append(Position(source, problem.Span)).Append(' ').Append(problem.Message).AppendLine();
        }

        foreach (PromptMessage message in document.Messages)
        {
            sb.Append("message ").Append(message.Role.ToString().ToLowerInvariant())
              .Append(message.RoleIsImplicit ? " (implicit)" : string.Empty)
              .Append(' ').Append(Position(source, message.SourceSpan))
              .Append(": ").Append(Excerpt(message.Text)).AppendLine();
        }

        foreach (TemplateExpression e in document.Expressions)
        {
            sb.Append("tag ").Append(e.Kind).Append(' ').Append(Position(source, e.Span)).Append(' ').Append(Excerpt(e.Content));
            if (e.Variables.Count > 0)
            {
                sb.Append(" reads ").Append(string.Join(", ", e.Variables.Select(v => v.Name + Position(source, v.Span))));
            }

            sb.AppendLine();
        }

        var analysis = PromptAnalysis.Of(document);
        foreach (FewShotExample example in analysis.Examples)
        {
            sb.Append("example ").Append(example.Kind.ToString().ToLowerInvariant()).Append(' ').Append(Position(source, example.Span))
              .Append(" output: ").Append(Excerpt(example.Output)).AppendLine();
        }

        sb.Append("instructions: ").Append(analysis.StaticWordCount.ToString(CultureInfo.InvariantCulture)).Append(" words").AppendLine();
        foreach (Analysis.Finders.FormatEvidence format in analysis.FormatSpecs)
        {
            sb.Append("format spec (").Append(format.Kind).Append(") ").Append(Position(source, format.Span)).Append(": ").Append(Excerpt(source[format.Span])).AppendLine();
        }

        if (analysis.Role is { } persona)
        {
            sb.Append("persona ").Append(Position(source, persona.Span)).Append(": ").Append(Excerpt(source[persona.Span])).AppendLine();
        }

        return sb.ToString();
    }

    private static string Position(SourceText source, TextSpan span)
    {
        LinePositionSpan p = source.GetLinePositionSpan(span);
        return $"({p.Start.Line},{p.Start.Column})-({p.End.Line},{p.End.Column})";
    }

    private static string Excerpt(string text)
    {
        string flat = text.Replace("\r", string.Empty).Replace("\n", "⏎");
        return flat.Length > 70 ? flat.Substring(0, 67) + "…" : flat;
    }
}
