using PromptLint.Model;

namespace PromptLint.Readers;

/// <summary>
/// Reads one format into a <see cref="PromptDocumentBuilder"/>. Readers never throw on bad input: they add problems.
/// The format table (<c>Formats/FormatTable.ReaderFor</c>) says which reader reads which format.
/// </summary>
internal abstract class PromptReader
{
    public abstract PromptFormat Format { get; }

    public abstract void Read(PromptDocumentBuilder builder, PromptInput input);
}
