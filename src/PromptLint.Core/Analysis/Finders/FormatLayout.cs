using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Text;

namespace PromptLint.Analysis.Finders;

/// <summary>A message's outline as a format finder reads it: where its examples stand, and the template's final answer slot when it is in this message.</summary>
internal readonly record struct FormatScan(MessageOutline Outline, ExampleRegions Examples, LabeledLine? FinalSlot);

/// <summary>
/// Format signals in a message's layout rather than its sentences: a titled or tagged response template comes before the
/// sentences; a template shown (a table skeleton, a data fence) and a completion cue come after them. Each row is an id,
/// the kind of evidence it gives and where it first finds it (<c>FormatSignalTests</c> asserts which row fired).
/// </summary>
internal static class FormatLayout
{
    internal sealed record Row(string Id, FormatKind Kind, System.Func<FormatScan, TextSpan?> Find);

    private static readonly HashSet<string> TemplateTitles = Set(
        "output format", "response format", "format", "answer format", "output structure", "response structure", "response template",
        "output template", "output schema", "json schema", "output fields", "evaluation form", "required format", "expected format",
        "format instructions", "layout", "response layout", "output layout", "answer layout", "structure", "response shape", "response formatting", "output formatting", "return format", "reply format");

    private static readonly HashSet<string> FormatElements = Set(
        "output_format", "output-format", "response_format", "response-format", "format", "output_schema", "json_schema", "schema", "response_template", "output_template");

    private static readonly HashSet<string> CueLabels = Set("json", "sql", "query", "sql query", "code", "yaml", "xml", "csv", "python", "regex", "json output");

    /// <summary>Asked before the sentences.</summary>
    public static IReadOnlyList<Row> Titled { get; } = new[]
    {
        // "## Output Format", "## Report Structure"
        new Row("template-heading", FormatKind.ResponseTemplate, TemplateHeading),
        // "Response format:" with the template on the lines after it
        new Row("template-label", FormatKind.ResponseTemplate, TemplateLabel),
        // "<output_format>…</output_format>", "<output-format>{{ format }}</output-format>"; not one that only sets a tone
        new Row("format-element", FormatKind.ResponseTemplate, FormatElement),
    };

    /// <summary>Asked after the sentences.</summary>
    public static IReadOnlyList<Row> Shown { get; } = new[]
    {
        // "For each issue found, provide:" over "- **Location**: …" / "- **Fix**: …"
        new Row("labeled-field-list", FormatKind.Fields, LabeledFieldList),
        // 'Produce the description with a "## Summary" and a "## Testing" section.'
        new Row("quoted-heading-part", FormatKind.Fields, QuotedHeadingPart),
        // "| Name | Score |" over "|---|---|"
        new Row("table-skeleton", FormatKind.ResponseTemplate, TableSkeleton),
        // "Return it in this shape:" over a static json / xml / yaml / csv fence
        new Row("data-fence", FormatKind.ResponseTemplate, DataFence),
        // "Each ADR must look like this:" over a Markdown fence with two or more headings
        new Row("document-skeleton", FormatKind.ResponseTemplate, DocumentSkeleton),
        // a final "SQL:" or "JSON:" answer slot
        new Row("completion-cue", FormatKind.CompletionCue, CompletionCue),
    };

    /// <summary>The first of <paramref name="rows"/> that finds a signal, as evidence, or null.</summary>
    public static FormatEvidence? First(IReadOnlyList<Row> rows, FormatScan scan)
    {
        foreach (Row row in rows)
        {
            if (row.Find(scan) is { } span)
            {
                return new FormatEvidence(row.Kind, span, row.Id);
            }
        }

        return null;
    }

    private static TextSpan? TemplateHeading(FormatScan scan)
    {
        foreach (Heading heading in scan.Outline.Headings)
        {
            if ((TemplateTitles.Contains(heading.Title) || FormatGrammar.IsAnswerStructureTitle(heading.Title)) && !scan.Examples.Contains(heading.Span.Start)
                && !FormatSections.IsToneOnly(scan.Outline, FormatSections.SectionBody(scan.Outline, heading)))
            {
                return heading.Span;
            }
        }

        return null;
    }

    private static TextSpan? TemplateLabel(FormatScan scan)
    {
        foreach (LabeledLine label in scan.Outline.Labels)
        {
            if (TemplateTitles.Contains(label.Label) && label.ValueIsEmpty && label.Style != LabelStyle.TemplatedSpeaker
                && !FormatSections.IsToneOnly(scan.Outline, FormatSections.BodyAfterTitle(scan.Outline, label.Line)))
            {
                return scan.Outline.Lines[label.Line].Span;
            }
        }

        return null;
    }

    private static TextSpan? FormatElement(FormatScan scan)
    {
        foreach (Element element in scan.Outline.Elements)
        {
            if (FormatElements.Contains(element.Name) && !scan.Examples.Contains(element.Whole.Start)
                && (scan.Outline.HasTemplateTag(element.Body) || scan.Outline.HasStaticText(element.Body) && !FormatSections.IsToneOnly(scan.Outline, element.Body)))
            {
                return element.Whole;
            }
        }

        return null;
    }

    private static TextSpan? TableSkeleton(FormatScan scan)
    {
        MessageOutline o = scan.Outline;
        foreach (Line line in o.Lines)
        {
            if (line.Kind == LineKind.TableRow && !line.InFence && IsTableSeparator(o.Text, line) && !scan.Examples.Contains(line.Span.Start))
            {
                return line.Span;
            }
        }

        return null;
    }

    private static TextSpan? DataFence(FormatScan scan)
    {
        MessageOutline o = scan.Outline;
        foreach (Fence fence in o.Fences)
        {
            if (fence.Info is "json" or "jsonc" or "xml" or "yaml" or "csv" && fence.BodyIsStatic && PreviousLineAsksForOutput(o, fence.StartLine))
            {
                return o.Lines[fence.StartLine].Span;
            }
        }

        return null;
    }

    private static TextSpan? LabeledFieldList(FormatScan scan) =>
        FormatSections.LabeledFieldList(scan.Outline) is var line and >= 0 ? scan.Outline.Lines[line].Span : null;

    private static TextSpan? QuotedHeadingPart(FormatScan scan) =>
        FormatSections.QuotedHeadingPart(scan.Outline, scan.Examples) is var line and >= 0 ? scan.Outline.Lines[line].Span : null;

    private static TextSpan? DocumentSkeleton(FormatScan scan)
    {
        foreach (Fence fence in scan.Outline.Fences)
        {
            if (!scan.Examples.Contains(fence.Span.Start) && FormatSections.IsDocumentSkeleton(scan.Outline, fence))
            {
                return scan.Outline.Lines[fence.StartLine].Span;
            }
        }

        return null;
    }

    private static TextSpan? CompletionCue(FormatScan scan) =>
        scan.FinalSlot is { } slot && CueLabels.Contains(slot.Label) ? scan.Outline.Lines[slot.Line].Span : null;

    private static bool PreviousLineAsksForOutput(MessageOutline o, int line)
    {
        for (int l = line - 1; l >= 0 && l >= line - 3; l--)
        {
            if (o.Lines[l].Kind == LineKind.Blank)
            {
                continue;
            }

            foreach (string w in LowerWords(o.LineText(l)))
            {
                if (Vocabulary.OutputNouns.Contains(w) || (Vocabulary.OutputVerbs.Contains(w) && w is not ("use" or "using")) || FormatSignals.TemplateNouns.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static IEnumerable<string> LowerWords(string line)
    {
        int start = -1;
        for (int i = 0; i <= line.Length; i++)
        {
            bool letter = i < line.Length && char.IsLetter(line[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return line.Substring(start, i - start).ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static bool IsTableSeparator(string text, Line line)
    {
        int dashes = 0, pipes = 0;
        for (int i = line.ContentStart; i < line.Span.End; i++)
        {
            char c = text[i];
            if (c == '-')
            {
                dashes++;
            }
            else if (c == '|')
            {
                pipes++;
            }
            else if (c is not (':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return dashes >= 3 && pipes >= 2;
    }

    private static HashSet<string> Set(params string[] words) => new(words, System.StringComparer.Ordinal);
}
