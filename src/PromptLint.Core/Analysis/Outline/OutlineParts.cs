using PromptLint.Text;

namespace PromptLint.Analysis.Outline;

internal enum LineKind
{
    Blank,
    Text,
    Heading,
    ListItem,
    FenceMarker,
    Separator,
    TableRow,
}

/// <summary>One line of a message: its span (without the line break), where its text starts, and what it is.</summary>
internal readonly record struct Line(TextSpan Span, int ContentStart, LineKind Kind, bool InFence, bool TemplateOnly);

internal enum HeadingStyle
{
    /// <summary><c>## Examples</c></summary>
    Markdown,
    /// <summary><c>**Example 1**</c></summary>
    Bold,
    /// <summary><c>[SUMMARIZATION RULES]</c></summary>
    Bracket,
    /// <summary>A short line that is only a title word or two in capitals, e.g. <c>EXAMPLE</c>.</summary>
    Caps,
}

/// <summary>A heading and the section under it (up to the next heading of the same or a higher level).</summary>
internal sealed record Heading(int Line, int Level, HeadingStyle Style, string Title, TextSpan Span)
{
    /// <summary>The line after the section's last line.</summary>
    public int SectionEnd { get; set; }
}

internal enum LabelStyle
{
    /// <summary><c>Input: …</c>, <c>**Input:** …</c>, <c>- Input: …</c></summary>
    Colon,
    /// <summary><c>[Input]</c> or <c>[Input]: …</c></summary>
    Bracket,
    /// <summary><c>### Input</c> or <c>## Example 1 Input:</c></summary>
    Heading,
    /// <summary><c>{{speaker}}: …</c>, a turn whose speaker is a template variable.</summary>
    TemplatedSpeaker,
}

/// <summary>
/// A labeled line. <see cref="Label"/> is lower-cased with example numbering removed ("Example Task #1 Input" → "input");
/// <see cref="Value"/> is what follows the label on the same line.
/// </summary>
internal sealed record LabeledLine(int Line, string Label, LabelStyle Style, TextSpan Value, bool ValueIsStatic, bool ValueIsEmpty, bool MentionsExample);

internal sealed record Fence(int StartLine, int EndLine, string Info, TextSpan Span, bool BodyIsStatic);

/// <summary>An XML-ish element <c>&lt;name …&gt;body&lt;/name&gt;</c>; <see cref="Name"/> is lower-cased.</summary>
internal sealed record Element(string Name, TextSpan Whole, TextSpan Body);

/// <summary>A word of a sentence, lower-cased once; a template tag is one word whose text is <see cref="Word.Tag"/>.</summary>
internal readonly record struct Word(string Text, TextSpan Span, WordFlags Flags, WordKind Kind = WordKind.None)
{
    public const string Tag = "{}";

    public bool Is(WordFlags flag) => (Flags & flag) != 0;

    /// <summary>What the vocabulary says the word is, looked up once when the outline is built.</summary>
    public bool Has(WordKind kind) => (Kind & kind) != 0;
}

/// <summary>The vocabulary's classes of a word (a word can be in several).</summary>
[System.Flags]
internal enum WordKind
{
    None = 0,
    OutputVerb = 1,
    OutputNoun = 2,
    Negation = 4,
    FormatNoun = 8,
    Unit = 16,
    AnswerNoun = 32,
    CountWord = 64,
    LengthPreposition = 128,
    /// <summary>Some format signal can start at this word.</summary>
    FormatTrigger = 256,
    /// <summary>Some conflict signal (length, format, always/never) can start at this word.</summary>
    ConflictTrigger = 512,
}

[System.Flags]
internal enum WordFlags
{
    None = 0,
    /// <summary>A comma, semicolon, colon, bracket or dash stands between this word and the one before.</summary>
    ClauseStart = 1,
    Capitalized = 2,
    AllCaps = 4,
    /// <summary>Directly inside quotes or backticks: a literal the answer may consist of.</summary>
    Quoted = 8,
    Number = 16,
    TemplateTag = 32,
}

/// <summary>A sentence (line breaks inside wrapped prose do not end it) and its words.</summary>
internal sealed record Sentence(TextSpan Span, int Line, Word[] Words);
