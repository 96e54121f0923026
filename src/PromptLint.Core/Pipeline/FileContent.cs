using System.Text;

namespace PromptLint.Pipeline;

/// <summary>What a host read for a file: its bytes, text it already decoded, or why it could not read it.</summary>
public sealed class FileContent
{
    private FileContent(FileContentKind kind, byte[]? bytes, string? text, Encoding? encoding, long length, string? reason)
    {
        Kind = kind;
        Bytes = bytes;
        Text = text;
        Encoding = encoding;
        Length = length;
        Reason = reason;
    }

    public FileContentKind Kind { get; }

    /// <summary>The raw bytes (<see cref="FileContentKind.Bytes"/>).</summary>
    public byte[]? Bytes { get; }

    /// <summary>Text the host decoded itself (<see cref="FileContentKind.Text"/>), e.g. an analyzer's AdditionalText.</summary>
    public string? Text { get; }

    /// <summary>The encoding the host decoded <see cref="Text"/> with, when it knows it.</summary>
    public Encoding? Encoding { get; }

    /// <summary>The size the host saw (<see cref="FileContentKind.TooLarge"/>: at least this many bytes).</summary>
    public long Length { get; }

    /// <summary>Why the file could not be read (<see cref="FileContentKind.Unreadable"/>, <see cref="FileContentKind.NotAFile"/>).</summary>
    public string? Reason { get; }

    public static FileContent FromBytes(byte[] bytes) => new(FileContentKind.Bytes, bytes, null, null, bytes.LongLength, null);

    public static FileContent FromText(string text, Encoding? encoding = null) => new(FileContentKind.Text, null, text, encoding, text.Length, null);

    public static FileContent TooLarge(long length) => new(FileContentKind.TooLarge, null, null, null, length, null);

    public static FileContent Unreadable(string reason) => new(FileContentKind.Unreadable, null, null, null, 0, reason);

    /// <summary>A FIFO, socket, device or folder: never opened, so a read cannot block or run without end.</summary>
    public static FileContent NotAFile(string reason) => new(FileContentKind.NotAFile, null, null, null, 0, reason);
}

public enum FileContentKind
{
    Bytes,
    Text,
    TooLarge,
    Unreadable,
    NotAFile,
}
