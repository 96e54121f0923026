using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>Walks a metadata tree against a <see cref="MetadataSchema"/> and reports each mismatch at its node.</summary>
internal sealed class MetadataSchemaCheck
{
    private readonly string _format;
    private readonly Action<TextSpan, string> _report;

    public MetadataSchemaCheck(string format, Action<TextSpan, string> report)
    {
        _format = format;
        _report = report;
    }

    public void Check(MetadataNode node, MetadataSchema schema, string path)
    {
        if (node.Kind == MetadataKind.Null || IsReference(node))
        {
            return;
        }

        if (!Fits(node.Kind, schema.Shape))
        {
            _report(node.Span, $"'{path}' must be {Describe(schema.Shape)} in {_format} metadata, but it is {Describe(node)}");
            return;
        }

        if (schema.IsPicoschema)
        {
            PicoschemaCheck.Check(node, path, _report);
            return;
        }

        CheckValue(node, schema, path);
        if (node.Kind == MetadataKind.Mapping)
        {
            CheckEntries(node, schema, path);
        }
        else if (node.Kind == MetadataKind.Sequence && schema.EachItem is { } item)
        {
            for (int i = 0; i < node.Items.Count; i++)
            {
                Check(node.Items[i], item, $"{path}[{i}]");
            }
        }
    }

    /// <summary>Prompty runtimes replace <c>${file:…}</c> and <c>${env:…}</c> with a file's content or a variable at load time.</summary>
    private static bool IsReference(MetadataNode node) =>
        node.Kind == MetadataKind.Text && node.Scalar is { } text && text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith("}", StringComparison.Ordinal);

    private void CheckEntries(MetadataNode node, MetadataSchema schema, string path)
    {
        foreach (MetadataEntry entry in node.Entries)
        {
            string child = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (schema.EachValue is { } each)
            {
                Check(entry.Value, each, child);
            }
            else if (schema.Keys is { } keys && keys.TryGetValue(entry.Key, out MetadataSchema? known))
            {
                Check(entry.Value, known, child);
            }
            else if (schema.Keys is { } candidates && !schema.PassThrough.Contains(entry.Key)
                     && EditDistance.Closest(entry.Key, candidates.Keys) is { } meant)
            {
                string where = path.Length == 0 ? $"{_format} metadata" : $"'{path}'";
                _report(entry.KeySpan, $"unknown key '{entry.Key}' in {where}, which the runtime ignores; did you mean '{meant}'?");
            }
        }
    }

    private void CheckValue(MetadataNode node, MetadataSchema schema, string path)
    {
        if (schema.OneOf is { } values && node.Scalar is { } text
            && !values.Any(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)))
        {
            string hint = EditDistance.Closest(text, values) is { } meant ? $"did you mean '{meant}'?" : $"use one of {string.Join(", ", values)}";
            string shown = text.Length > 40 ? text.Substring(0, 40) + "…" : text;
            _report(node.Span, $"'{path}' is '{shown}', which {_format} does not know; {hint}");
            return;
        }

        if ((schema.Minimum is not null || schema.Maximum is not null)
            && node.Kind is MetadataKind.Integer or MetadataKind.Number
            && double.TryParse(node.Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            && !InRange(number, schema))
        {
            _report(node.Span, $"'{path}' is {node.Scalar}, outside {DescribeRange(schema)}; the model service rejects it");
        }
    }

    private static bool InRange(double number, MetadataSchema schema) =>
        (schema.Minimum is not { } min || (schema.MinimumExclusive ? number > min : number >= min))
        && (schema.Maximum is not { } max || number <= max);

    private static string DescribeRange(MetadataSchema schema) => (schema.Minimum, schema.Maximum) switch
    {
        ({ } min, { } max) => $"the range {Format(min)} to {Format(max)}",
        ({ } min, null) => schema.MinimumExclusive ? $"the allowed values (more than {Format(min)})" : $"the allowed values ({Format(min)} or more)",
        (null, { } max) => $"the allowed values ({Format(max)} or less)",
        _ => "the allowed values",
    };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool Fits(MetadataKind kind, ValueShape shape) => kind switch
    {
        MetadataKind.Text => shape.HasFlag(ValueShape.Text),
        MetadataKind.Integer => shape.HasFlag(ValueShape.Integer),
        MetadataKind.Number => shape.HasFlag(ValueShape.Number),
        MetadataKind.Boolean => shape.HasFlag(ValueShape.Boolean),
        MetadataKind.Mapping => shape.HasFlag(ValueShape.Mapping),
        MetadataKind.Sequence => shape.HasFlag(ValueShape.Sequence),
        _ => true,
    };

    private static string Describe(ValueShape shape)
    {
        var names = new List<string>();
        if (shape.HasFlag(ValueShape.Number))
        {
            names.Add("a number");
        }
        else if (shape.HasFlag(ValueShape.Integer))
        {
            names.Add("a whole number");
        }

        if (shape.HasFlag(ValueShape.Text))
        {
            names.Add("text");
        }

        if (shape.HasFlag(ValueShape.Boolean))
        {
            names.Add("true or false");
        }

        if (shape.HasFlag(ValueShape.Mapping))
        {
            names.Add("a mapping of keys");
        }

        if (shape.HasFlag(ValueShape.Sequence))
        {
            names.Add("a list");
        }

        return string.Join(" or ", names);
    }

    private static string Describe(MetadataNode node) => node.Kind switch
    {
        MetadataKind.Text when LooksNumeric(node.Scalar) => $"the quoted text \"{node.Scalar}\"; remove the quotes",
        MetadataKind.Text => "text",
        MetadataKind.Integer or MetadataKind.Number => $"the number {node.Scalar}",
        MetadataKind.Boolean => $"the boolean {node.Scalar}",
        MetadataKind.Mapping => "a mapping",
        MetadataKind.Sequence => "a list",
        _ => "empty",
    };

    private static bool LooksNumeric(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text is "true" or "false";
}
