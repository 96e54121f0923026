using PromptLint.Text;

namespace PromptLint.Templates;

/// <summary>
/// A linear pre-scan of Scriban/Liquid code for how deeply it nests: parentheses, brackets and braces inside
/// tags, plus blocks (<c>if</c>, <c>for</c>, <c>while</c>, <c>case</c>, <c>capture</c>, <c>func</c>, <c>with</c>,
/// <c>wrap</c>, <c>tablerow</c>, <c>unless</c>, <c>comment</c>, <c>raw</c>) open across tags. Unary operators and
/// pipes also nest in Scriban's parser, so a run of them counts as one level each.
/// </summary>
internal static class NestingGuard
{
    public static TemplateError? FindTooDeep(string text, bool liquid, int limit)
    {
        int blocks = 0;
        int i = 0;
        int curly = -2, percent = liquid ? -2 : -1;
        while (i + 1 < text.Length)
        {
            // Each opener kind's next position is searched again only once the scan has passed it, so this stays linear.
            curly = curly != -1 && curly < i ? text.IndexOf("{{", i, System.StringComparison.Ordinal) : curly;
            percent = percent != -1 && percent < i ? text.IndexOf("{%", i, System.StringComparison.Ordinal) : percent;
            int open = curly < 0 ? percent : percent < 0 ? curly : System.Math.Min(curly, percent);
            if (open < 0)
            {
                return null;
            }

            string closer = text[open + 1] == '%' ? "%}" : "}}";
            int brackets = 0;
            int j = open + 2;
            bool statementStart = true;
            while (j < text.Length && string.CompareOrdinal(text, j, closer, 0, 2) != 0)
            {
                char c = text[j];
                if (c is '"' or '\'' or '`')
                {
                    int close = text.IndexOf(c, j + 1);
                    j = close < 0 ? text.Length : close + 1;
                    continue;
                }

                if (statementStart && char.IsLetter(c))
                {
                    int wordEnd = j;
                    while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                    {
                        wordEnd++;
                    }

                    string word = text.Substring(j, wordEnd - j);
                    blocks += OpensBlock(word) ? 1 : word.StartsWith("end", System.StringComparison.Ordinal) && blocks > 0 ? -1 : 0;
                    statementStart = false;
                    j = wordEnd;
                }
                else
                {
                    brackets += c is '(' or '[' or '{' or '!' or '-' or '|' or '?' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
                    statementStart = c is '\n' or ';' || (statementStart && char.IsWhiteSpace(c));
                    j++;
                }

                if (blocks + brackets > limit)
                {
                    return new TemplateError(new TextSpan(j - 1, 1),
                        $"the template nests deeper than {limit} levels here (blocks, brackets and operators), so it was not parsed; flatten it");
                }
            }

            i = j + 2;
        }

        return null;
    }

    private static bool OpensBlock(string word) => word is "if" or "for" or "while" or "case" or "capture" or "func" or "with"
        or "wrap" or "tablerow" or "unless" or "comment" or "raw";
}
