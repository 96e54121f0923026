namespace PromptLint.Analysis;

/// <summary>A coarse classification of an example output's format, for comparing examples with each other.</summary>
internal static class OutputShape
{
    public const string Json = "JSON";
    public const string Xml = "XML";
    public const string Table = "a table";
    public const string List = "a list";
    public const string Code = "a code block";
    public const string Label = "a short label";
    public const string Prose = "prose";

    public static bool IsStructured(string shape) => shape is Json or Xml or Table or Code;

    public static string Classify(string output)
    {
        string t = output.Trim();
        if (t.StartsWith("```", System.StringComparison.Ordinal))
        {
            string firstLine = t.Split('\n')[0].ToLowerInvariant();
            return firstLine.Contains("json") ? Json : Code;
        }

        if ((t.StartsWith("{", System.StringComparison.Ordinal) && t.EndsWith("}", System.StringComparison.Ordinal))
            || (t.StartsWith("[", System.StringComparison.Ordinal) && t.EndsWith("]", System.StringComparison.Ordinal) && t.IndexOf('"') >= 0))
        {
            return Json;
        }

        if (t.StartsWith("<", System.StringComparison.Ordinal) && t.EndsWith(">", System.StringComparison.Ordinal))
        {
            return Xml;
        }

        string[] lines = t.Split('\n');
        if (lines.Length >= 2 && lines[0].TrimStart().StartsWith("|", System.StringComparison.Ordinal))
        {
            return Table;
        }

        if (lines.Length >= 2 && System.Array.TrueForAll(lines, l => IsListLine(l.TrimStart())))
        {
            return List;
        }

        return Vocabulary.CountWords(t) <= 4 && lines.Length == 1 ? Label : Prose;
    }

    private static bool IsListLine(string line) =>
        line.Length == 0 || line.StartsWith("- ", System.StringComparison.Ordinal) || line.StartsWith("* ", System.StringComparison.Ordinal)
        || (line.Length > 2 && char.IsDigit(line[0]) && (line[1] == '.' || line[1] == ')'));
}
