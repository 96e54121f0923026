using System.Collections.Generic;
using System.Globalization;
using PromptLint.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>Turns a parsed YAML mapping into the document model's located <see cref="MetadataNode"/> tree.</summary>
internal static class MetadataTree
{
    public static MetadataNode? From(YamlSource yaml) => yaml.Root is { } root ? Convert(yaml, root, new Budget()) : null;

    private static MetadataNode Convert(YamlSource yaml, YamlNode node, Budget budget)
    {
        budget.Left--;
        switch (node)
        {
            case YamlMappingNode mapping:
                var entries = new List<MetadataEntry>(mapping.Children.Count);
                foreach (var pair in mapping.Children)
                {
                    if (budget.Left > 0 && pair.Key is YamlScalarNode { Value: { } key } keyNode)
                    {
                        entries.Add(new MetadataEntry(key, yaml.SpanOf(keyNode), Convert(yaml, pair.Value, budget)));
                    }
                }

                return new MetadataNode(MetadataKind.Mapping, yaml.SpanOf(mapping), entries: entries);
            case YamlSequenceNode sequence:
                var items = new List<MetadataNode>(sequence.Children.Count);
                foreach (YamlNode item in sequence.Children)
                {
                    if (budget.Left > 0)
                    {
                        items.Add(Convert(yaml, item, budget));
                    }
                }

                return new MetadataNode(MetadataKind.Sequence, yaml.SpanOf(sequence), items: items);
            case YamlScalarNode scalar:
                return new MetadataNode(KindOf(scalar), yaml.SpanOf(scalar), scalar.Value ?? string.Empty);
            default:
                return new MetadataNode(MetadataKind.Null, yaml.SpanOf(node));
        }
    }

    /// <summary>The YAML 1.2 core schema's reading of a plain scalar (1.1's <c>yes</c>/<c>no</c> stay text); quoted and block scalars are text.</summary>
    private static MetadataKind KindOf(YamlScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain && scalar.Style != ScalarStyle.Any)
        {
            return MetadataKind.Text;
        }

        string value = scalar.Value ?? string.Empty;
        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => MetadataKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => MetadataKind.Boolean,
            _ when IsInteger(value) => MetadataKind.Integer,
            _ when IsNumber(value) => MetadataKind.Number,
            _ => MetadataKind.Text,
        };
    }

    private static bool IsInteger(string value)
    {
        int start = value[0] is '-' or '+' ? 1 : 0;
        if (start == value.Length)
        {
            return false;
        }

        for (int i = start; i < value.Length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string value) =>
        (char.IsDigit(value[0]) || value[0] is '-' or '+' or '.')
        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
        && !double.IsNaN(number) && !double.IsInfinity(number);

    private sealed class Budget
    {
        public int Left { get; set; } = Limits.InputLimits.MaxMetadataNodes;
    }
}
