using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Suppressions;
using PromptLint.Text;

namespace PromptLint.Readers;

/// <summary>A file that may start with YAML front matter between <c>---</c> lines, and the body after it.</summary>
internal sealed class FrontMatter
{
    private FrontMatter(YamlSource? yaml, int bodyStart)
    {
        Yaml = yaml;
        BodyStart = bodyStart;
    }

    /// <summary>The parsed front matter, or null when the file has none.</summary>
    public YamlSource? Yaml { get; }

    public int BodyStart { get; }

    public static FrontMatter Read(PromptDocumentBuilder builder, string what)
    {
        SourceText source = builder.Source;
        string text = source.Text;
        int start = source.ContentStart;
        if (!IsFence(text, start, out int yamlStart))
        {
            return new FrontMatter(null, start);
        }

        int line = yamlStart;
        while (line < text.Length)
        {
            if (IsFence(text, line, out int afterFence))
            {
                YamlSource yaml = YamlSource.Parse(builder, yamlStart, line - yamlStart, what);
                builder.MetadataSpan = TextSpan.FromBounds(yamlStart, line);
                MetadataSuppression.Read(builder, yaml);
                return new FrontMatter(yaml, afterFence);
            }

            int next = text.IndexOf('\n', line);
            if (next < 0)
            {
                break;
            }

            line = next + 1;
        }

        builder.AddProblem(RuleCatalog.MalformedStructure, new TextSpan(start, 3), $"{what} opened with '---' is never closed; add a '---' line after it");
        return new FrontMatter(null, text.Length);
    }

    private static bool IsFence(string text, int lineStart, out int nextLine)
    {
        nextLine = lineStart;
        if (string.CompareOrdinal(text, lineStart, "---", 0, 3) != 0)
        {
            return false;
        }

        int i = lineStart + 3;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
        {
            i++;
        }

        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }

        nextLine = i < text.Length ? i + 1 : i;
        return true;
    }
}
