using System;
using System.Collections.Generic;
using PromptLint.Analysis.Outline;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Analysis;

/// <summary>
/// Whether a prompt gives the model something to read facts from at run time: a template variable that carries
/// content ({{context}}, {{documents}}, {{$search_results}}, or one named for the fact asked for, such as
/// {{exchange_rate}}), a function call in the template ({{search.find $q}}), declared tools in the metadata, a section,
/// label or element that carries context ("Context:", "# Sources", &lt;documents&gt;), or instructions that mention
/// tools, plugins, functions, retrieval, browsing or a web search. Generous on purpose: a prompt with any such slot is not reported.
/// </summary>
internal static class RetrievalSlots
{
    /// <summary>Words in a variable, section, label or element name that say it carries content to read from.</summary>
    private static readonly HashSet<string> ContentWords = Set(
        "context", "contexts", "document", "documents", "doc", "docs", "source", "sources", "search", "results", "result", "retrieved",
        "retrieval", "retrieve", "knowledge", "chunk", "chunks", "passage", "passages", "fact", "facts", "data", "info", "information",
        "reference", "references", "grounding", "evidence", "snippet", "snippets", "article", "articles", "record", "records", "rows",
        "content", "contents", "memory", "memories", "kb", "lookup", "observation", "observations", "tool", "tools", "function",
        "functions", "background", "material", "materials", "notes", "excerpt", "excerpts", "citations", "web", "page", "pages", "corpus",
        "dataset", "table", "tables", "catalog", "catalogue", "inventory", "faq", "faqs", "manual", "rag", "embeddings", "matches", "hits");

    /// <summary>Words in the instructions that say the model can look things up.</summary>
    private static readonly HashSet<string> LookupWords = Set(
        "tool", "tools", "browse", "browsing", "retrieve", "retrieved", "retrieval", "plugin", "plugins", "function", "functions");

    /// <summary>Words next to "search" that make it a search the model runs ("web search", "search results"), not a verb of the task.</summary>
    private static readonly HashSet<string> SearchNeighbours = Set("web", "internet", "online", "results", "result", "tool", "engine", "api");

    /// <summary>Metadata keys that declare tools or data sources.</summary>
    private static readonly HashSet<string> ToolKeys = Set(
        "tools", "functions", "plugins", "tool_choice", "toolChoice", "data_sources", "dataSources", "retrieval");

    private const int MaxMetadataDepth = 8;

    /// <summary>Whether the document has a retrieval slot; <paramref name="factNouns"/> also count in variable names.</summary>
    public static bool Present(PromptDocument document, IReadOnlyList<MessageOutline> outlines, IReadOnlyList<string> factNouns)
    {
        var named = new HashSet<string>(ContentWords, StringComparer.Ordinal);
        named.UnionWith(factNouns);
        return InExpressions(document.Expressions, named) || InMetadata(document.Metadata, 0) || InOutlines(outlines);
    }

    private static bool InExpressions(IReadOnlyList<TemplateExpression> expressions, HashSet<string> named)
    {
        foreach (TemplateExpression expression in expressions)
        {
            if (expression.Kind == TemplateExpressionKind.Call && (expression.Dialect == TemplateDialect.SemanticKernel || expression.Name.IndexOf('.') > 0))
            {
                return true; // a plugin function fills the template at render time
            }

            if (expression.Kind is TemplateExpressionKind.Variable or TemplateExpressionKind.Call or TemplateExpressionKind.BlockOpen)
            {
                if (NameSays(expression.Name, named))
                {
                    return true;
                }

                foreach (TemplateVariableReference variable in expression.Variables)
                {
                    if (NameSays(variable.Name, named))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool InMetadata(MetadataNode? node, int depth)
    {
        if (node is null || depth > MaxMetadataDepth)
        {
            return false;
        }

        foreach (MetadataEntry entry in node.Entries)
        {
            if ((ToolKeys.Contains(entry.Key) && entry.Value.Kind != MetadataKind.Null) || InMetadata(entry.Value, depth + 1))
            {
                return true;
            }
        }

        foreach (MetadataNode item in node.Items)
        {
            if (InMetadata(item, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InOutlines(IReadOnlyList<MessageOutline> outlines)
    {
        foreach (MessageOutline outline in outlines)
        {
            foreach (Heading heading in outline.Headings)
            {
                if (NameSays(heading.Title, ContentWords))
                {
                    return true;
                }
            }

            foreach (LabeledLine label in outline.Labels)
            {
                if (NameSays(label.Label, ContentWords))
                {
                    return true;
                }
            }

            foreach (Element element in outline.Elements)
            {
                if (NameSays(element.Name, ContentWords))
                {
                    return true;
                }
            }

            foreach (Sentence sentence in outline.Sentences)
            {
                if (MentionsLookup(sentence.Words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MentionsLookup(Word[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (LookupWords.Contains(words[i].Text)
                || (words[i].Text == "search" && (words.IsAny(i - 1, SearchNeighbours) || words.IsAny(i + 1, SearchNeighbours) || words.Is(i + 1, "the") && words.IsAny(i + 2, SearchNeighbours))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name (snake, kebab, dotted, camel or spaced; a leading '$' ignored) holds one of the words.</summary>
    internal static bool NameSays(string name, HashSet<string> words)
    {
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || !char.IsLetterOrDigit(name[i])
                || (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                if (words.Contains(name.Substring(start, i - start).ToLowerInvariant()))
                {
                    return true;
                }

                start = -1;
            }

            if (i < name.Length && char.IsLetterOrDigit(name[i]) && start < 0)
            {
                start = i;
            }
        }

        return false;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
