using System.Text.RegularExpressions;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>Finds a role or persona statement: "You are …", "Act as …", "Your role is …", a Role/Identity heading.</summary>
internal static class PersonaDetector
{
    private static readonly Regex[] Signals =
    {
        Patterns.Create(@"\b(you\s+are|you're|you\s+will\s+(act|serve|play|be)|act\s+as|acting\s+as|pretend\s+to\s+be|play\s+the\s+role|take\s+on\s+the\s+role|i\s+want\s+you\s+to\s+act|you\s+work\s+(as|for|at)|you\s+serve\s+as|your\s+(role|job|persona|identity|name)\s+is)\b"),
        Patterns.Create(@"^\s{0,3}(#{1,6}\s*|\*\*|<)?\s*(role|identity|persona|who\s+you\s+are)\b\s*(\*\*|>)?\s*:?"),
        Patterns.Create(@"^\s{0,3}as\s+(an?|the|our)\s+(?!list\b|table\b|json\b|bullet)[a-z\-]+"),
        Patterns.Create(@"\b(the|this)\s+(assistant|bot|agent|model)\s+(is|acts|helps|answers|serves|works)\b"),
        Patterns.Create(@"\byou\s+(help|assist|support|answer|handle|review|write|translate|classify|summari[sz]e|extract)\s+[a-z]"),
    };

    public static TextSpan? Find(string text)
    {
        foreach (TextSpan sentence in Sentences.Split(text))
        {
            string s = text.Substring(sentence.Start, sentence.Length);
            foreach (Regex pattern in Signals)
            {
                if (pattern.SafeMatch(s) is { } m)
                {
                    return new TextSpan(sentence.Start + m.Index, m.Length);
                }
            }
        }

        return null;
    }
}
