using System;
using System.IO;
using PromptLint.Diagnostics;
using PromptLint.Limits;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>
/// A YAML document that sits at a known offset inside a source file (front matter, or a whole YAML
/// template), parsed with YamlDotNet's representation model so every node keeps its position.
/// Only the node tree is built; nothing is deserialized into types.
/// </summary>
internal sealed class YamlSource
{
    private YamlSource(SourceText source, int baseOffset, YamlMappingNode? root)
    {
        Source = source;
        BaseOffset = baseOffset;
        Root = root;
    }

    public SourceText Source { get; }

    public int BaseOffset { get; }

    /// <summary>The top-level mapping, or null when the YAML is empty or failed to parse.</summary>
    public YamlMappingNode? Root { get; }

    /// <summary>Parses <paramref name="length"/> characters at <paramref name="start"/>; syntax errors become PL0014 at their exact position.</summary>
    public static YamlSource Parse(PromptDocumentBuilder builder, int start, int length, string what) =>
        Parse(builder.Source, start, length, what, (span, message) => builder.AddProblem(MalformedStructure.Rule, span, message));

    /// <summary>Parses YAML inside <paramref name="source"/>, reporting syntax errors and duplicate keys with their spans.</summary>
    public static YamlSource Parse(SourceText source, int start, int length, string what, Action<TextSpan, string> report)
    {
        string yaml = source.Text.Substring(start, length);
        GuardedYamlParser? guard = null;
        try
        {
            var stream = new YamlStream();
            guard = new GuardedYamlParser(new Parser(new StringReader(yaml)));
            stream.Load(guard);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new YamlSource(source, start, null);
            }

            if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return new YamlSource(source, start, mapping);
            }

            YamlNode root = stream.Documents[0].RootNode;
            report(SpanAt(start, root.Start, yaml), $"{what} must be a YAML mapping of keys to values, but it is a {Describe(root)}");
        }
        catch (YamlException e)
        {
            report(SpanAt(start, e.Start, yaml), $"{what} is not valid YAML: {CleanMessage(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16's parser can end in an invalid state on some malformed input instead of a YamlException
            // (found by the fuzz tests); it is a syntax error all the same, located where parsing stopped.
            report(SpanAt(start, guard?.LastEnd ?? Mark.Empty, yaml), $"{what} is not valid YAML: the parser could not continue here");
        }
        catch (ArgumentException e)
        {
            // YamlDotNet reports a duplicate mapping key as an ArgumentException with no position.
            report(new TextSpan(start, 0), $"{what} is not valid YAML: {e.Message}");
        }

        return new YamlSource(source, start, null);
    }

    public TextSpan SpanOf(YamlNode node)
    {
        int start = BaseOffset + (int)node.Start.Index;
        int end = BaseOffset + (int)node.End.Index;
        // A block scalar ends at the start of the next key; trim trailing line breaks for a tight span.
        while (end > start && char.IsWhiteSpace(Source.Text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            // Block collections can end before they start once trailing blanks go; use the first line instead.
            int lineEnd = Source.Text.IndexOf('\n', start);
            end = lineEnd < 0 ? Source.Text.Length : lineEnd;
            while (end > start && char.IsWhiteSpace(Source.Text[end - 1]))
            {
                end--;
            }
        }

        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>The span of a key's name in a mapping, for findings about that key.</summary>
    public TextSpan KeySpan(YamlMappingNode mapping, string key)
    {
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is YamlScalarNode k && k.Value == key)
            {
                return SpanOf(k);
            }
        }

        return SpanOf(mapping);
    }

    /// <summary>
    /// The scalar's value together with a map back to the source. Each line of the value is located in the
    /// source in order (block scalars lose only their indentation); a line that cannot be found (folded or
    /// escaped text) maps to where the search stands.
    /// </summary>
    public (string Text, TextMap Map) ScalarText(YamlScalarNode node)
    {
        string value = node.Value ?? string.Empty;
        int cursor = BaseOffset + (int)node.Start.Index;
        int limit = Math.Max(cursor, BaseOffset + (int)node.End.Index);
        var builder = new TextMap.Builder();
        int lineStart = 0;
        while (lineStart <= value.Length)
        {
            int newline = value.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? value.Length : newline;
            int length = lineEnd - lineStart;
            int found = length == 0 ? -1 : IndexOfWithin(Source.Text, value, lineStart, length, cursor, limit);
            if (found >= 0)
            {
                builder.AppendSource(Source.Text, found, length);
                cursor = found + length;
            }
            else
            {
                builder.AppendSynthetic(value.Substring(lineStart, length), cursor);
            }

            if (newline < 0)
            {
                break;
            }

            int sourceNewline = Source.Text.IndexOf('\n', cursor);
            if (sourceNewline >= 0 && sourceNewline < limit)
            {
                builder.AppendSource(Source.Text, sourceNewline, 1);
                cursor = sourceNewline + 1;
            }
            else
            {
                builder.AppendSynthetic("\n", cursor);
            }

            lineStart = newline + 1;
        }

        return builder.Build();
    }

    /// <summary>Finds the value line on the source line at <paramref name="from"/>, or else on the line after it.</summary>
    private static int IndexOfWithin(string haystack, string needleSource, int needleStart, int needleLength, int from, int limit)
    {
        string needle = needleSource.Substring(needleStart, needleLength);
        int lineStart = from;
        for (int attempt = 0; attempt < 2 && lineStart < limit; attempt++)
        {
            int lineEnd = haystack.IndexOf('\n', lineStart);
            int searchEnd = Math.Min(limit, lineEnd < 0 ? haystack.Length : lineEnd);
            if (searchEnd - lineStart >= needleLength)
            {
                int index = haystack.IndexOf(needle, lineStart, searchEnd - lineStart, StringComparison.Ordinal);
                if (index >= 0)
                {
                    return index;
                }
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return -1;
    }

    private static TextSpan SpanAt(int baseOffset, Mark mark, string yaml)
    {
        int index = (int)Math.Min(Math.Max(0, mark.Index), yaml.Length);
        return new TextSpan(baseOffset + index, index < yaml.Length ? 1 : 0);
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the finding carries the position already.
        string message = e.Message;
        int dash = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && dash >= 0)
        {
            message = message.Substring(dash + 3);
        }

        return message.TrimEnd('.') ;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "sequence",
        YamlScalarNode => "single value",
        _ => "different node",
    };
}
