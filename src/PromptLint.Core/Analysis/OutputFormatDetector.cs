using System.Collections.Generic;
using System.Text.RegularExpressions;
using PromptLint.Text;

namespace PromptLint.Analysis;

/// <summary>
/// Finds explicit output-format instructions in instruction text: a named format (JSON, XML, YAML, CSV,
/// table, list) requested for the answer, "respond with only …", a response template or schema, named
/// sections or fields, and structural length ("in one sentence", "3 bullet points"). Tone words
/// ("concise", "friendly", "use Markdown") do not count. Returns the first few pieces of evidence.
/// </summary>
internal static class OutputFormatDetector
{
    private const string OutputVerb =
        @"(respond|responds|responding|reply|replies|answer|return|returns|output|outputs|format|formatted|produce|emit|give\s+back|write|structure|structured|shape|present|provide|generate|render|express|print|deliver|lay\s+out|send\s+back|come\s+back)";

    private const string FormatNoun =
        @"(json|jsonl|xml|yaml|csv|tsv|html|table|tables|bullets?|bullet[- ]points?|bulleted|numbered|list|array|object|dictionary|schema|key-value|key/value|code\s+block|sql|regex|markdown\s+table|checklist|headings?|sections?)";

    private static readonly (string Kind, Regex Pattern)[] Signals =
    {
        ("named format", Patterns.Create(OutputVerb + @"\b[^.!?\n]{0,60}?\b(in|as|with|using|into|in\s+the\s+form\s+of|only)\b[^.!?\n]{0,25}?\b" + FormatNoun + @"\b")),
        ("named format", Patterns.Create(@"\b(valid|strict|raw|minified|well-formed|parseable)\s+(json|xml|yaml|csv)\b")),
        ("named format", Patterns.Create(@"\b(json|xml|yaml|csv)\s+(only|output|response|format|schema)\b")),
        ("named format", Patterns.Create(@"\b(return|returns|output|outputs|produce|emit|respond\s+with|reply\s+with|give\s+back|generate)\s+(a|an|one|the|your|exactly\s+one|a\s+single)?\s*(json|xml|yaml|csv|markdown|numbered|bulleted|comma-separated|tab-separated)\b")),
        ("only the answer", Patterns.Create(@"\b(respond|reply|answer|return|output|give\s+back|print|emit)\s+(with\s+)?(only|just|nothing\s+but|exclusively)\b")),
        ("only the answer", Patterns.Create(@"\b(only|just)\s+(respond|reply|answer|return|output|print|emit|write)\b")),
        ("only the answer", Patterns.Create(@"\b(respond|reply|answer|return|output)\s+with\s+[^.!?\n]{1,40}?\s+only\b")),
        ("only the answer", Patterns.Create(@"\b(code|label|labels|number|name|word|answer|sql|query|json|category|letter|score|value|id|url|emoji|verdict)\s+only\b")),
        ("only the answer", Patterns.Create(@"\b(nothing\s+else|no\s+(other|additional|extra|surrounding)\s+(text|prose|commentary|words|explanation|output)|no\s+preamble|without\s+(any\s+)?(preamble|explanation|commentary|additional\s+text|extra\s+text))\b")),
        ("named format", Patterns.Create(@"\b(return|output|respond\s+with|reply\s+with|produce|emit|give\s+back|send\s+back|generate|create)\s+(only\s+)?(a|an|one|the|exactly\s+one|a\s+single|single)?\s*(json\s+|xml\s+|yaml\s+|markdown\s+|numbered\s+|bulleted\s+|flat\s+|nested\s+)?(array|object|list|table|dictionary|map|element|document|checklist|records?)\b")),
        ("named format", Patterns.Create(@"\b(the|your)\s+(response|answer|reply|output|result)\s+(is|must\s+be|should\s+be|will\s+be|has\s+to\s+be)\s+(a|an|one|exactly\s+one|a\s+single|valid|only)?\s*[^.!?\n]{0,30}?\b(json|xml|yaml|csv|object|array|list|table|document|element|line|word|number|sentence|paragraph|label)\b")),
        ("named format", Patterns.Create(@"(a|an|one|single|each|every)\s+(xml\s+)?<[a-z_][\w-]{0,40}(\s[^>]{0,60})?>\s{0,2}(element|tag|block|node|child)")),
        ("structured lines", Patterns.Create(@"\bon\s+(the\s+)?(first|second|third|next|last|same|separate|single|its\s+own|their\s+own|a\s+single|a\s+separate|one)\s+(line|lines|row)\b")),
        ("structural length", Patterns.Create(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)\s+(short\s+|brief\s+|concise\s+|numbered\s+|separate\s+|labell?ed\s+)?(paragraphs|sentences|bullet\s+points|bullets|sections|lines|items)\s+(titled|labell?ed|named|headed|called|with\s+the\s+headings|that|covering|:)")),
        ("only the answer", Patterns.Create(@"\bnothing\s+(but|except|other\s+than|besides|beyond)\b")),
        ("response template", Patterns.Create(@"\b(wrap|format|write|structure|shape|lay\s+out|return|respond|reply|answer|output|present|give|fill\s+in)\b[^.!?\n]{0,40}?\b(like\s+so|like\s+this|as\s+follows|in\s+this\s+(shape|form|format|layout|structure)|this\s+(skeleton|template|shape|form|layout))\b")),
        ("response template", Patterns.Create(@"\b(output|response|answer|reply|return)\s+(format|structure|template|schema|shape|layout)\s*[:\-]")),
        ("response template", Patterns.Create(@"\b(use|follow|in|match|using|adhere\s+to|conform\s+to)\s+(exactly\s+)?(this|the\s+following|the\s+format|the\s+template|the\s+schema|the\s+structure|these)\s*(exact\s+)?(format|template|structure|schema|layout|shape|json|sections|fields|headings)?\b")),
        ("response template", Patterns.Create(@"\b(following|this)\s+(json\s+)?(schema|format|template|structure|layout)\b")),
        ("response template", Patterns.Create(@"^\s*(#{1,6}\s*|\*\*|<)?\s*(output|response|answer|return)[ _-]?(format|structure|schema|template|shape)\b")),
        ("response template", Patterns.Create(@"^\s*(#{1,6}\s*|\*\*)?\s*format\s*(\*\*)?\s*:?\s*$")),
        ("response template", Patterns.Create(@"<(output_format|output-format|output-schema|response_format|format|output|schema|response_template)>")),
        ("named fields", Patterns.Create(@"\b(with|containing|has|having|include|includes|including)\s+(the\s+)?(following\s+|these\s+|exactly\s+these\s+|exactly\s+)?(top-level\s+|required\s+)?(keys|fields|properties|attributes|columns|sections|headings|headers)\b")),
        ("named fields", Patterns.Create(@"^\s{0,3}([-*]\s{0,2})?(#{1,6}\s*)?(output\s+|response\s+|required\s+|return\s+)?(keys|fields|properties|columns|sections|headings)\s*:")),
        ("named fields", Patterns.Create(@"""[a-z_][a-z0-9_]{0,40}""\s*:\s*(""[^""\s]|\[|\{|[0-9]|true|false|null|<)")),
        ("named fields", Patterns.Create(@"""type""\s*:\s*""object""|""\$schema""|""properties""\s*:")),
        ("structured list", Patterns.Create(@"\b(as|in|into|using|with)\s+(a|an)?\s*(numbered|bulleted|bullet|ordered|unordered|markdown)\s+(list|points|table)\b")),
        ("structured list", Patterns.Create(@"\b(one|each)\s+([a-z]+\s+)?per\s+line\b")),
        ("structured list", Patterns.Create(@"\b(comma|tab|pipe|semicolon|newline)[- ]separated\b|\bseparated\s+by\s+(commas|tabs|pipes|semicolons|new\s*lines)\b")),
        ("structured list", Patterns.Create(@"\b(in|as|into)\s+(a\s+)?(markdown\s+)?table\b|\btable\s+with\s+(columns|headers|the\s+columns)\b")),
        ("structural length", Patterns.Create(@"\b(in|with|using|as|of|to|into|within|be|exactly|at\s+most|no\s+more\s+than|up\s+to|under)\s+(exactly\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|a\s+single|single|[1-9][0-9]?)\s+(short\s+|concise\s+|brief\s+|complete\s+)?(sentence|sentences|paragraph|paragraphs|bullet|bullets|bullet\s+points|points|lines|line|items|tweets?|haiku|emoji)\b|\b(in|with|as|using)\s+(one|a\s+single|single|exactly\s+one)\s+word\b")),
        ("structural length", Patterns.Create(@"\b(exactly|at\s+most|no\s+more\s+than|up\s+to)\s+(\d+\s+)?(sentences|paragraphs|bullets|bullet\s+points|lines|items)\b")),
        ("structural length", Patterns.Create(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)[- ](sentence|paragraph|bullet|line|item)s?\b\s*(summary|answer|response|reply|description|list|explanation|tl;?dr)?")),
        ("label set", Patterns.Create(@"\b(respond|reply|answer|output|return|classify|label|choose|pick|select|categori[sz]e)\b[^.!?\n]{0,40}?\b(one\s+of|exactly\s+one|either|one\s+label|a\s+single\s+(label|word|category|number|letter|value))\b")),
        ("label set", Patterns.Create(@"\b(must|should)\s+be\s+(one\s+of|either|exactly\s+one\s+of)\b|\b(allowed|valid|possible)\s+(labels|values|categories|answers|outputs)\b")),
        ("label set", Patterns.Create(@"\b(respond|reply|answer|return|output)\s+(with\s+)?(""|')?(yes|true|valid)(""|')?\s+or\s+(""|')?(no|false|invalid)\b")),
        ("code output", Patterns.Create(@"\b(return|output|respond\s+with|reply\s+with|give|write|produce)\s+(only\s+)?(the|a|an|one|a\s+single)?\s*(sql|t-sql|python|c#|bash|shell|regex|regular\s+expression|cron|kql|graphql|code|query|patch|diff|command)\b[^.!?\n]{0,30}?\b(in|inside|within|wrapped\s+in)\s+(a\s+)?(fenced\s+)?(```|code\s+block|code\s+fence)")),
        ("code output", Patterns.Create(@"\b(in|inside|within|wrap\s+it\s+in|wrapped\s+in)\s+(a\s+)?(single\s+)?(fenced\s+)?(```[a-z#]*|code\s+block|code\s+fence)")),
        ("sections", Patterns.Create(@"\b(structure|organi[sz]e|divide|split|break)\s+(your|the|each)\s+(answer|response|reply|output|summary|report|review|notes|email)\s+(into|as|under|with|using)\b")),
        ("sections", Patterns.Create(@"\b(under|with|use)\s+(the\s+|these\s+)?(following\s+)?(headings|headers|section\s+headings|sub-?headings)\b")),
        ("sections", Patterns.Create(@"\b(start|begin|end|open|close)\s+(your|the|each)\s+(answer|response|reply|output)\s+with\s+(a|the|exactly)?\s*(line|heading|header|tag|word|label|""|')")),
        ("sections", Patterns.Create(@"\b(subject\s+line|tl;?dr\s+line|title\s+line)\b[^.!?\n]{0,40}\b(then|followed\s+by|and\s+then)\b")),
    };

    /// <summary>A sentence about what the model receives ("The input is CSV with the columns …"), not what it returns.</summary>
    private static readonly Regex DescribesInput = Patterns.Create(
        @"^\s*(the\s+|each\s+|every\s+)?(input|inputs|user|users|customer|data|dataset|file|files|log|logs|log\s+lines|document|documents|csv|payload|request|row|rows|record|records|message|messages|snippet|text|excerpt|table)\b[^.!?\n]{0,40}?\b(is|are|will|may|might|can|contains?|has|have|comes?|looks?|arrives?|includes?)\b|\b(you\s+will\s+(receive|get|be\s+(given|shown|sent))|you'll\s+(receive|get|be\s+given)|you\s+(receive|get)\s|the\s+user\s+(will|may|might|can)\s+(send|paste|provide|give|share|upload))");

    private static readonly Regex GivenClause = Patterns.Create(@"^\s*given\s[^,.;:\n]{1,120},");

    private static readonly Regex Negation = Patterns.Create(@"\b(not|never|don't|do\s+not|avoid|no)\s+(\w+\s+){0,2}$");

    private static readonly Regex MarkdownTableSeparator = Patterns.Create(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$");

    private static readonly Regex JsonFence = Patterns.Create(@"^\s*```\s*(json|xml|yaml|csv)\b");

    /// <summary>Evidence spans (in <paramref name="text"/>) of format instructions, skipping the excluded ranges (examples).</summary>
    public static List<(string Kind, TextSpan Span)> Find(string text, IReadOnlyList<TextSpan> excluded, int limit = 3)
    {
        var found = new List<(string, TextSpan)>();
        foreach (TextSpan sentence in Sentences.Split(text))
        {
            if (Overlaps(sentence, excluded))
            {
                continue;
            }

            string s = text.Substring(sentence.Start, sentence.Length);
            if (DescribesInput.SafeIsMatch(s))
            {
                continue;
            }

            // "Given a CSV with columns a, b, reply …": the given-clause describes the input.
            int offset = 0;
            if (GivenClause.SafeMatch(s) is { } given)
            {
                offset = given.Length;
                s = s.Substring(offset);
            }

            if (MarkdownTableSeparator.SafeIsMatch(s))
            {
                found.Add(("table template", sentence));
            }
            else if (JsonFence.SafeIsMatch(s))
            {
                found.Add(("fenced format block", sentence));
            }
            else if (Sentences.CountWords(s) >= 2)
            {
                foreach ((string kind, Regex pattern) in Signals)
                {
                    Match? m = pattern.SafeMatch(s);
                    if (m is not null && !IsNegated(s, m.Index))
                    {
                        found.Add((kind, new TextSpan(sentence.Start + offset + m.Index, m.Length)));
                        break;
                    }
                }
            }

            if (found.Count >= limit)
            {
                break;
            }
        }

        return found;
    }

    private static bool IsNegated(string sentence, int matchStart)
    {
        int from = System.Math.Max(0, matchStart - 30);
        return Negation.SafeIsMatch(sentence.Substring(from, matchStart - from));
    }

    /// <summary>Whether <paramref name="span"/> overlaps one of the sorted, non-overlapping <paramref name="excluded"/> spans (binary search).</summary>
    private static bool Overlaps(TextSpan span, IReadOnlyList<TextSpan> excluded)
    {
        int lo = 0, hi = excluded.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            TextSpan e = excluded[mid];
            if (span.Start < e.End && e.Start < span.End)
            {
                return true;
            }

            if (e.Start >= span.End)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }
}
