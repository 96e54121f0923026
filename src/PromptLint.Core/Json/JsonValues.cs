using System;
using System.Globalization;
using PromptLint.Json;

namespace PromptLint.Json;

/// <summary>Defensive look-ups in a JSON tree: property names match case-insensitively, wrong types read as absent.</summary>
internal static class JsonValues
{
    public static JsonNode? Prop(JsonNode? node, string name)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        foreach (JsonProperty p in obj.Properties)
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    public static JsonNode? Path(JsonNode? node, params string[] names)
    {
        foreach (string name in names)
        {
            node = Prop(node, name);
        }

        return node;
    }

    public static double? Number(JsonNode? node) =>
        node is JsonLiteral literal && literal.Text is not ("true" or "false" or "null")
        && double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !double.IsInfinity(value)
            ? value
            : null;

    public static bool? Boolean(JsonNode? node) => node is JsonLiteral literal
        ? literal.Text switch { "true" => true, "false" => false, _ => null }
        : null;

    public static string? String(JsonNode? node) => node is JsonString s && s.Value.Trim().Length > 0 ? s.Value.Trim() : null;

    public static Located<string>? LocatedString(JsonNode? node) => String(node) is { } s ? new Located<string>(s, node!.Span) : null;
}
