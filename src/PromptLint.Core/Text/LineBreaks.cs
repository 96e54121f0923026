namespace PromptLint.Text;

/// <summary>
/// Lone carriage returns (old Mac line endings) become line feeds, one character for one, so every reader that
/// splits at <c>'\n'</c> sees CR-only files as lines while every offset, line and column still matches the
/// original file (<see cref="SourceText"/> counts a lone <c>'\r'</c> as a line break too). CRLF is left alone.
/// </summary>
internal static class LineBreaks
{
    public static string NormalizeLoneCarriageReturns(string text)
    {
        int first = FindLoneCarriageReturn(text, 0);
        if (first < 0)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        for (int i = first; i >= 0; i = FindLoneCarriageReturn(text, i + 1))
        {
            chars[i] = '\n';
        }

        return new string(chars);
    }

    private static int FindLoneCarriageReturn(string text, int from)
    {
        for (int i = text.IndexOf('\r', from); i >= 0; i = text.IndexOf('\r', i + 1))
        {
            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
