using System;
using System.Collections.Generic;

namespace PromptLint.Rules;

/// <summary>The value shapes a metadata field accepts; a YAML null (an unset field) is always accepted.</summary>
[Flags]
internal enum ValueShape
{
    Text = 1,
    Integer = 2,
    Number = 4 | Integer,
    Boolean = 8,
    Mapping = 16,
    Sequence = 32,
    Any = Text | Number | Boolean | Mapping | Sequence,
}

/// <summary>
/// What one field of a format's metadata may hold, as data: its shapes, its known keys (closed, or open to
/// provider pass-through keys), allowed values and a numeric range. <see cref="MetadataSchemaCheck"/> walks a
/// document's metadata against it.
/// </summary>
internal sealed class MetadataSchema
{
    public static readonly MetadataSchema Anything = new();

    public ValueShape Shape { get; init; } = ValueShape.Any;

    /// <summary>The keys this mapping knows; a key near one of them (a likely typo) is reported.</summary>
    public IReadOnlyDictionary<string, MetadataSchema>? Keys { get; init; }

    /// <summary>Names a runtime passes through to a provider unchecked: known, but with no schema of their own.</summary>
    public IReadOnlyCollection<string> PassThrough { get; init; } = Array.Empty<string>();

    /// <summary>For mappings keyed by the user's own names (service IDs): the schema of every value.</summary>
    public MetadataSchema? EachValue { get; init; }

    public MetadataSchema? EachItem { get; init; }

    /// <summary>The values a text field may take, compared ignoring case.</summary>
    public IReadOnlyList<string>? OneOf { get; init; }

    /// <summary>The value is a Dotprompt schema, checked by <see cref="PicoschemaCheck"/> when it is Picoschema.</summary>
    public bool IsPicoschema { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public bool MinimumExclusive { get; init; }

    public static MetadataSchema Of(ValueShape shape) => new() { Shape = shape };

    public static MetadataSchema Range(ValueShape shape, double minimum, double? maximum = null, bool exclusive = false) =>
        new() { Shape = shape, Minimum = minimum, Maximum = maximum, MinimumExclusive = exclusive };

    public static MetadataSchema Choice(params string[] values) => new() { Shape = ValueShape.Text, OneOf = values };

    public static MetadataSchema Object(IReadOnlyDictionary<string, MetadataSchema> keys, ValueShape shape = ValueShape.Mapping) =>
        new() { Shape = shape, Keys = keys };
}
