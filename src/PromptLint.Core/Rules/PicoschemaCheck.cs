using System;
using System.Linq;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>
/// Dotprompt's Picoschema (<c>field: type, description</c>, <c>field?(array): …</c>): a type name or a key's
/// parenthesised kind near a known one is reported as a typo. Other names may be schemas the app registers, so they pass;
/// a schema written as JSON Schema (with <c>type</c> or <c>properties</c>) is not Picoschema and is skipped.
/// </summary>
internal static class PicoschemaCheck
{
    private static readonly string[] ScalarTypes = { "string", "number", "integer", "boolean", "null", "any" };
    private static readonly string[] KeyKinds = { "object", "array", "enum" };

    public static void Check(MetadataNode schema, string path, Action<TextSpan, string> report, int depth = 0)
    {
        if (depth > 32)
        {
            return;
        }

        if (schema.Kind == MetadataKind.Text)
        {
            CheckType(schema, path, report);
            return;
        }

        if (schema.Kind != MetadataKind.Mapping || schema.Get("type") is not null || schema.Get("properties") is not null)
        {
            return;
        }

        foreach (MetadataEntry field in schema.Entries)
        {
            string child = $"{path}.{field.Key}";
            string? kind = KindOf(field.Key);
            if (kind is not null && !KeyKinds.Contains(kind) && EditDistance.Closest(kind, KeyKinds) is { } meantKind)
            {
                report(field.KeySpan, $"'{child}' declares the Picoschema kind '({kind})', which Dotprompt does not know; did you mean '({meantKind})'?");
            }
            else if (kind != "enum")
            {
                Check(field.Value, child, report, depth + 1);
            }
        }
    }

    private static void CheckType(MetadataNode node, string path, Action<TextSpan, string> report)
    {
        string text = node.Scalar ?? string.Empty;
        int comma = text.IndexOf(',');
        string type = (comma < 0 ? text : text.Substring(0, comma)).Trim();
        if (type.Length > 0 && !ScalarTypes.Contains(type) && EditDistance.Closest(type, ScalarTypes) is { } meant)
        {
            report(new TextSpan(node.Span.Start, Math.Min(node.Span.Length, type.Length)),
                $"'{path}' has the Picoschema type '{type}', which Dotprompt does not know; did you mean '{meant}'?");
        }
    }

    /// <summary>The kind in <c>name(kind)</c> or <c>name?(kind, description)</c>, or null.</summary>
    private static string? KindOf(string key)
    {
        int open = key.IndexOf('(');
        int close = key.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        string inside = key.Substring(open + 1, close - open - 1);
        int comma = inside.IndexOf(',');
        return (comma < 0 ? inside : inside.Substring(0, comma)).Trim();
    }
}
