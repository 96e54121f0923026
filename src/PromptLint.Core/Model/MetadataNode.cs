using System;
using System.Collections.Generic;
using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>What a metadata value is, as YAML types it: a quoted scalar is text even when it reads as a number.</summary>
public enum MetadataKind
{
    Null,
    Text,
    Integer,
    Number,
    Boolean,
    Mapping,
    Sequence,
}

/// <summary>A located key of a metadata mapping, and its value.</summary>
public sealed record MetadataEntry(string Key, TextSpan KeySpan, MetadataNode Value);

/// <summary>
/// One node of a prompt file's YAML metadata (front matter, or a whole YAML template) with its span in the source,
/// so rules can check keys, types and values where they are written without depending on the YAML library.
/// </summary>
public sealed class MetadataNode
{
    public MetadataNode(MetadataKind kind, TextSpan span, string? scalar = null, IReadOnlyList<MetadataEntry>? entries = null, IReadOnlyList<MetadataNode>? items = null)
    {
        Kind = kind;
        Span = span;
        Scalar = scalar;
        Entries = entries ?? Array.Empty<MetadataEntry>();
        Items = items ?? Array.Empty<MetadataNode>();
    }

    public MetadataKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>The scalar's text; null for mappings and sequences.</summary>
    public string? Scalar { get; }

    /// <summary>A mapping's entries in source order; empty for other kinds.</summary>
    public IReadOnlyList<MetadataEntry> Entries { get; }

    /// <summary>A sequence's items; empty for other kinds.</summary>
    public IReadOnlyList<MetadataNode> Items { get; }

    public MetadataNode? Get(string key)
    {
        foreach (MetadataEntry entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
