using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>Null-tolerant navigation over YamlDotNet nodes.</summary>
internal static class YamlNodes
{
    public static YamlNode? Get(this YamlNode? node, string key)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
            {
                if (pair.Key is YamlScalarNode k && k.Value == key)
                {
                    return pair.Value;
                }
            }
        }

        return null;
    }

    public static YamlNode? GetPath(this YamlNode? node, params string[] keys)
    {
        foreach (string key in keys)
        {
            node = node.Get(key);
        }

        return node;
    }

    public static string? ScalarValue(this YamlNode? node) => node is YamlScalarNode s ? s.Value : null;

    public static IEnumerable<KeyValuePair<YamlScalarNode, YamlNode>> Entries(this YamlNode? node)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
            {
                if (pair.Key is YamlScalarNode k)
                {
                    yield return new KeyValuePair<YamlScalarNode, YamlNode>(k, pair.Value);
                }
            }
        }
    }

    public static IEnumerable<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : System.Array.Empty<YamlNode>();
}
