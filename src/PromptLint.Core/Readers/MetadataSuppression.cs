using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Readers;
using YamlDotNet.RepresentationModel;

namespace PromptLint.Readers;

/// <summary>Reads <c>promptlint: { disable: [PL2001, …] }</c> (or <c>promptlint: { disable: PL2001 }</c>) from YAML metadata.</summary>
internal static class MetadataSuppression
{
    public static void Read(PromptDocumentBuilder builder, YamlSource yaml)
    {
        YamlNode? disable = yaml.Root.Get("promptlint").Get("disable");
        if (disable is null)
        {
            return;
        }

        IEnumerable<YamlNode> items = disable is YamlScalarNode ? new[] { disable } : disable.Items();
        foreach (YamlNode item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } id })
            {
                builder.MetadataSuppressions.Add(new SuppressionDirective(SuppressionKind.File, new[] { id.Trim() }, yaml.SpanOf(item), "promptlint: disable " + id.Trim(), yaml.SpanOf(item).End));
            }
        }
    }
}
