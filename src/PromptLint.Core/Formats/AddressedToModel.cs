using System;
using System.Collections.Generic;
using PromptLint.Readers;

namespace PromptLint.Formats;

/// <summary>
/// Whether template text is addressed to a model. Counts, line by line with template tags blanked out:
/// role lines (Prompty/prompt flow style and Dotprompt's <c>{{role "…"}}</c> / <c>{{#role "…"}}</c> helpers); prose lines that instruct, ask or speak to "you"; and lines shaped like code, YAML or HTML.
/// A file is a prompt when something addresses a model and structured lines do not outweigh the prose.
/// A shebang first line means a script, and prose that opens with a salutation (<c>Hi {{ name }},</c>) a letter to a
/// person (an email template); fenced code blocks are neither prose nor structure. Linear: each line is read once,
/// and only the first 256 KB.
/// </summary>
internal readonly struct AddressedToModel
{
    private const int MaxChars = 256 * 1024;

    private AddressedToModel(int roleLines, int instructions, int prose, int structured, bool script, bool letter = false)
    {
        Letter = letter;
        RoleLines = roleLines;
        Instructions = instructions;
        Prose = prose;
        Structured = structured;
        Script = script;
    }

    public int RoleLines { get; }

    /// <summary>Prose lines that instruct, ask a question or speak to "you".</summary>
    public int Instructions { get; }

    public int Prose { get; }

    /// <summary>Lines shaped like code, YAML, HTML or table rows.</summary>
    public int Structured { get; }

    public bool Script { get; }

    /// <summary>The prose opens with a salutation to a person (<c>Hi {{ name }},</c>): an email or letter template.</summary>
    public bool Letter { get; }

    public bool IsPrompt => !Script && RoleLines + Instructions > 0 && !(Letter && RoleLines == 0) && !(Structured >= 3 && Structured >= Prose + RoleLines);

    public override string ToString() =>
        Script ? "a script: its first line is a shebang"
            : Letter && RoleLines == 0 ? "a letter to a person: its text opens with a salutation"
            : $"{RoleLines} role lines, {Instructions} instructing lines, {Prose} prose lines, {Structured} code/YAML/HTML lines";

    public static AddressedToModel Measure(string text, int start)
    {
        int end = Math.Min(text.Length, start + MaxChars);
        char[] blanked = BlankTags(text, start, end);
        int roleLines = 0, instructions = 0, prose = 0, structured = 0;
        bool letter = false;
        bool first = true;
        bool fenced = false;
        int lineStart = 0;
        while (lineStart < blanked.Length)
        {
            int lineEnd = Array.IndexOf(blanked, '\n', lineStart);
            lineEnd = lineEnd < 0 ? blanked.Length : lineEnd;
            string original = text.Substring(start + lineStart, lineEnd - lineStart);
            string line = new string(blanked, lineStart, lineEnd - lineStart);
            string trimmed = line.Trim();
            lineStart = lineEnd + 1;
            if (IsDotpromptRoleHelper(original))
            {
                roleLines++; // a tag, so blanked: counted before blank lines are passed over
                continue;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (first && trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                return new AddressedToModel(0, 0, 0, 1, script: true);
            }

            first = false;
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced; // code a prompt quotes in a fence is neither prose nor the file's own structure
                continue;
            }

            if (fenced)
            {
                continue;
            }

            bool indented = line.Length > 0 && (line[0] == ' ' || line[0] == '\t');
            if (!indented && (Jinja2Reader.TryParseRoleLine(original, 0, original.Length, out _, out _) || RoleMarkers.TryParseMarker(original, 0, original.Length, out _, out _)))
            {
                roleLines++;
            }
            else if (LineShapes.IsCode(trimmed) || LineShapes.IsYaml(line, trimmed) || LineShapes.IsMarkup(trimmed))
            {
                structured++;
            }
            else if (prose == 0 && LineShapes.IsSalutation(trimmed))
            {
                letter = true;
                prose++;
            }
            else if (LineShapes.HasWords(trimmed))
            {
                prose++;
                instructions += LineShapes.Instructs(trimmed) ? 1 : 0;
            }
        }

        return new AddressedToModel(roleLines, instructions, prose, structured, script: false, letter);
    }

    /// <summary>A Dotprompt role helper opening the line: <c>{{role "system"}}</c> or <c>{{#role "system"}}</c>.</summary>
    private static bool IsDotpromptRoleHelper(string line)
    {
        string t = line.TrimStart();
        if (!t.StartsWith("{{", StringComparison.Ordinal))
        {
            return false;
        }

        int i = 2;
        while (i < t.Length && t[i] is ' ' or '~' or '#')
        {
            i++;
        }

        return string.CompareOrdinal(t, i, "role", 0, 4) == 0 && i + 4 < t.Length && t[i + 4] is ' ' or '\t';
    }

    /// <summary>A copy of [start, end) with <c>{{ }}</c>, <c>{% %}</c> and <c>{# #}</c> tags turned into spaces (new lines kept).</summary>
    private static char[] BlankTags(string text, int start, int end)
    {
        char[] chars = text.ToCharArray(start, end - start);
        var exhausted = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i + 1 < chars.Length)
        {
            string? closer = chars[i] != '{' ? null : chars[i + 1] switch { '{' => "}}", '%' => "%}", '#' => "#}", _ => null };
            if (closer is null || exhausted.Contains(closer))
            {
                i++;
                continue;
            }

            int close = text.IndexOf(closer, start + i + 2, end - (start + i + 2), StringComparison.Ordinal);
            if (close < 0)
            {
                exhausted.Add(closer); // no closer later in the text, so no later tag of this kind closes either
                i++;
                continue;
            }

            int stop = close - start + 2;
            for (int j = i; j < stop; j++)
            {
                if (chars[j] != '\n')
                {
                    chars[j] = ' ';
                }
            }

            i = stop;
        }

        return chars;
    }
}
