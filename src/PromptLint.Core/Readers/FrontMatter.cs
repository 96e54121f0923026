using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Rules;
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

    /// <summary>
    /// Reads the front matter. With <paramref name="allowCommentHeader"/> (Dotprompt), <c>#</c> comment lines and
    /// blank lines before the opening <c>---</c> (licence headers) are skipped, as the upstream parser does; they
    /// count as metadata, so a suppression may be written there.
    /// </summary>
    public static FrontMatter Read(PromptDocumentBuilder builder, string what, bool allowCommentHeader = false)
    {
        SourceText source = builder.Source;
        string text = source.Text;
        int start = source.ContentStart;
        int fence = allowCommentHeader ? SkipCommentHeader(text, start) : start;
        if (!IsFence(text, fence, out int yamlStart))
        {
            return new FrontMatter(null, start);
        }

        int line = yamlStart;
        while (line < text.Length)
        {
            if (IsFence(text, line, out int afterFence))
            {
                YamlSource yaml = YamlSource.Parse(builder, yamlStart, line - yamlStart, what);
                builder.MetadataSpan = TextSpan.FromBounds(start, line);
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

        builder.AddProblem(MalformedStructure.Rule, new TextSpan(fence, 3), $"{what} opened with '---' is never closed; add a '---' line after it");
        return new FrontMatter(null, text.Length);
    }

    /// <summary>Where the body starts in <paramref name="text"/> (after a closed front matter), without parsing the YAML.</summary>
    public static int BodyStartOf(string text, bool allowCommentHeader)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int fence = allowCommentHeader ? SkipCommentHeader(text, start) : start;
        if (!IsFence(text, fence, out int line))
        {
            return start;
        }

        while (line < text.Length)
        {
            if (IsFence(text, line, out int afterFence))
            {
                return afterFence;
            }

            int next = text.IndexOf('\n', line);
            if (next < 0)
            {
                break;
            }

            line = next + 1;
        }

        return start;
    }

    /// <summary>The first line at or after <paramref name="start"/> that is neither blank nor a <c>#</c> comment.</summary>
    private static int SkipCommentHeader(string text, int start)
    {
        int line = start;
        while (line < text.Length)
        {
            int i = line;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
            {
                i++;
            }

            if (i < text.Length && text[i] != '#' && text[i] != '\n')
            {
                return line;
            }

            int next = text.IndexOf('\n', i);
            if (next < 0)
            {
                return text.Length;
            }

            line = next + 1;
        }

        return line;
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
