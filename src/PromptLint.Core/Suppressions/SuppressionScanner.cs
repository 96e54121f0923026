using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Formats;
using PromptLint.Model;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Suppressions;

/// <summary>
/// Finds <c>promptlint-disable…</c>/<c>promptlint-enable</c> directives written in the file's own comment syntax:
/// template comments (<c>{{! }}</c>, <c>{{!-- --}}</c>, <c>{# #}</c>, Scriban <c>{{ # }}</c>), HTML/Markdown
/// <c>&lt;!-- --&gt;</c>, and <c>#</c> comments in YAML metadata, as the format's row in <see cref="FormatTable"/> allows.
/// The same words in prompt text are not directives.
/// </summary>
internal static class SuppressionScanner
{
    private const string Marker = "promptlint-";

    public static List<SuppressionDirective> Scan(PromptDocument document)
    {
        var directives = new List<SuppressionDirective>(document.MetadataSuppressions);
        string text = document.Source.Text;
        if (text.IndexOf(Marker, StringComparison.Ordinal) < 0)
        {
            return directives;
        }

        List<List<TextSpan>> comments = CommentRegions(document);
        int at = 0;
        while ((at = text.IndexOf(Marker, at, StringComparison.Ordinal)) >= 0)
        {
            if (Containing(comments, at) is { } region && Parse(text, at, region.End) is { } directive)
            {
                directives.Add(directive);
            }

            at += Marker.Length;
        }

        return directives;
    }

    private static SuppressionDirective? Parse(string text, int start, int commentEnd)
    {
        int i = start + Marker.Length;
        int wordEnd = i;
        while (wordEnd < commentEnd && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
        {
            wordEnd++;
        }

        SuppressionKind? kind = text.Substring(i, wordEnd - i) switch
        {
            "disable" => SuppressionKind.Disable,
            "disable-next-line" => SuppressionKind.DisableNextLine,
            "disable-line" => SuppressionKind.DisableLine,
            "enable" => SuppressionKind.Enable,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        int lineEnd = text.IndexOf('\n', wordEnd);
        int end = Math.Min(commentEnd, lineEnd < 0 ? text.Length : lineEnd);
        var ids = new List<string>();
        int j = wordEnd;
        int lastIdEnd = wordEnd;
        while (j < end)
        {
            while (j < end && (text[j] == ' ' || text[j] == ',' || text[j] == '\t'))
            {
                j++;
            }

            int idStart = j;
            while (j < end && char.IsLetterOrDigit(text[j]))
            {
                j++;
            }

            if (j == idStart)
            {
                break; // a comment closer or free text ends the list
            }

            ids.Add(text.Substring(idStart, j - idStart));
            lastIdEnd = j;
        }

        int spanEnd = lastIdEnd;
        return new SuppressionDirective(kind.Value, ids, TextSpan.FromBounds(start, spanEnd), text.Substring(start, spanEnd - start), commentEnd);
    }

    /// <summary>
    /// The comment around <paramref name="at"/>: template comments first, then HTML, then YAML. Each kind's regions
    /// are in order and do not overlap, so a binary search finds it and many directives among many comments stay
    /// n log n.
    /// </summary>
    private static TextSpan? Containing(List<List<TextSpan>> kinds, int at)
    {
        foreach (List<TextSpan> regions in kinds)
        {
            int found = SortedSearch.LastAtOrBefore(regions, at, region => region.Start);
            if (found >= 0 && regions[found].Contains(at))
            {
                return regions[found];
            }
        }

        return null;
    }

    private static List<List<TextSpan>> CommentRegions(PromptDocument document)
    {
        string text = document.Source.Text;
        CommentSyntax syntax = FormatTable.Find(document.Format)?.Comments ?? (CommentSyntax.Template | CommentSyntax.Html | CommentSyntax.YamlMetadata);
        var template = (syntax & CommentSyntax.Template) == 0
            ? new List<TextSpan>()
            : document.Expressions.Where(e => e.Kind == TemplateExpressionKind.Comment).Select(e => e.Span).OrderBy(s => s.Start).ToList();
        var regions = new List<TextSpan>();
        var yaml = new List<TextSpan>();
        int i = 0;
        while ((syntax & CommentSyntax.Html) != 0 && (i = text.IndexOf("<!--", i, StringComparison.Ordinal)) >= 0)
        {
            int close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            int end = close < 0 ? text.Length : close;
            regions.Add(TextSpan.FromBounds(i, end));
            i = end;
        }

        if ((syntax & CommentSyntax.YamlMetadata) != 0 && document.MetadataSpan is { } metadata)
        {
            AddYamlComments(text, metadata, yaml);
        }

        return new List<List<TextSpan>> { template, regions, yaml };
    }

    /// <summary>A <c>#</c> at the start of a line or after a space starts a YAML comment that runs to the line end.</summary>
    private static void AddYamlComments(string text, TextSpan metadata, List<TextSpan> regions)
    {
        int i = metadata.Start;
        while ((i = text.IndexOf('#', i)) >= 0 && i < metadata.End)
        {
            bool startsComment = i == 0 || text[i - 1] is ' ' or '\t' or '\n' or '\r';
            int lineEnd = text.IndexOf('\n', i);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (startsComment)
            {
                regions.Add(TextSpan.FromBounds(i, lineEnd));
            }

            i = lineEnd;
        }
    }
}
