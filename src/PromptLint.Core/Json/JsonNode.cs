using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Json;

/// <summary>A minimal JSON tree that keeps source spans (netstandard2.0 has no System.Text.Json in the box).</summary>
internal abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }

    public JsonNode? this[string key] => this is JsonObject o ? o.Get(key) : null;

    public string? StringValue => this is JsonString s ? s.Value : null;
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(TextSpan span, IReadOnlyList<JsonProperty> properties) : base(span) => Properties = properties;

    public IReadOnlyList<JsonProperty> Properties { get; }

    public JsonNode? Get(string key)
    {
        foreach (JsonProperty p in Properties)
        {
            if (p.Name == key)
            {
                return p.Value;
            }
        }

        return null;
    }
}

internal readonly record struct JsonProperty(string Name, TextSpan NameSpan, JsonNode Value);

internal sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, IReadOnlyList<JsonNode> items) : base(span) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }
}

/// <summary>A string with escapes decoded; <see cref="Map"/> takes offsets in <see cref="Value"/> back to the source.</summary>
internal sealed class JsonString : JsonNode
{
    public JsonString(TextSpan span, string value, TextMap map) : base(span)
    {
        Value = value;
        Map = map;
    }

    public string Value { get; }

    public TextMap Map { get; }
}

/// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, kept as its source text.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(TextSpan span, string text) : base(span) => Text = text;

    public string Text { get; }
}

internal sealed class JsonSyntaxException : System.Exception
{
    public JsonSyntaxException(int offset, string message) : base(message) => Offset = offset;

    public int Offset { get; }
}
