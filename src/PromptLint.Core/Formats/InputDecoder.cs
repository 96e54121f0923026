using System;
using System.Text;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Formats;

/// <summary>
/// Turns a file's content into text, or into a PL0011/PL0012/PL0013 finding: binary content (a NUL anywhere in
/// the file), invalid UTF-8 (at the line and column of the first bad byte), or a size over the limit. UTF-8,
/// UTF-16 and UTF-32 byte order marks are honoured; lone carriage returns become line feeds one for one, so
/// CR, LF and CRLF files read alike with the original positions. Every check is one linear pass.
/// </summary>
public static class InputDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static bool TryDecode(string path, byte[] bytes, LintSettings settings, out string text, out Finding? problem)
    {
        text = string.Empty;
        problem = TooLarge(path, bytes.LongLength, settings);
        if (problem is not null)
        {
            return false;
        }

        if (UnicodeByBom(bytes) is { } wide)
        {
            return TryDecodeWide(path, bytes, wide.Encoding, wide.BomLength, settings, out text, out problem);
        }

        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = Create(BinaryInput.Rule, path, settings, Locate(bytes, bom, nul),
                $"file contains a NUL byte at offset {nul:N0} and looks binary; prompt files must be text");
            return false;
        }

        int invalid = Utf8Validator.FirstInvalidByte(bytes, bom);
        if (invalid >= 0)
        {
            problem = Create(InvalidUtf8.Rule, path, settings, Locate(bytes, bom, invalid), InvalidUtf8Message(invalid));
            return false;
        }

        text = LineBreaks.NormalizeLoneCarriageReturns(Utf8.GetString(bytes, bom, bytes.Length - bom));
        return true;
    }

    /// <summary>
    /// The same checks for text a host already decoded, given the encoding it used (Roslyn's <c>SourceText</c> of
    /// an AdditionalFile: UTF-8 when the bytes were valid UTF-8 or had a BOM, else a fallback code page). Text
    /// decoded by a Unicode encoding is checked for NULs and size as it is; text decoded by a code page is
    /// encoded back to the file's bytes with that encoding, so invalid UTF-8 is found and located as from disk.
    /// </summary>
    public static bool TryDecode(string path, string decoded, Encoding? encoding, LintSettings settings, out string text, out Finding? problem)
    {
        if (encoding is null || IsUnicode(encoding))
        {
            text = string.Empty;
            Encoding measure = encoding ?? Utf8;
            problem = TooLarge(path, measure.GetByteCount(decoded), settings);
            if (problem is not null)
            {
                return false;
            }

            int nul = decoded.IndexOf('\0');
            if (nul >= 0)
            {
                int byteOffset = measure.GetByteCount(decoded.ToCharArray(), 0, nul) + measure.GetPreamble().Length;
                problem = Create(BinaryInput.Rule, path, settings, new SourceText(path, decoded.Substring(0, nul)).GetLinePosition(nul), nul,
                    $"file contains a NUL byte at offset {byteOffset:N0} and looks binary; prompt files must be text");
                return false;
            }

            // Roslyn on .NET falls back to UTF-8 *with replacement* when a file is not UTF-8 (the strict decoder it tries
            // first would have thrown): the first U+FFFD then stands exactly where the first bad byte was.
            int replaced = measure.CodePage == 65001 && measure.DecoderFallback is not DecoderExceptionFallback ? decoded.IndexOf('\uFFFD') : -1;
            if (replaced >= 0)
            {
                int byteOffset = measure.GetByteCount(decoded.ToCharArray(), 0, replaced);
                problem = Create(InvalidUtf8.Rule, path, settings, new SourceText(path, decoded.Substring(0, replaced)).GetLinePosition(replaced), replaced,
                    InvalidUtf8Message(byteOffset));
                return false;
            }

            text = LineBreaks.NormalizeLoneCarriageReturns(decoded.Length > 0 && decoded[0] == '\uFEFF' ? decoded.Substring(1) : decoded);
            return true;
        }

        return TryDecode(path, encoding.GetBytes(decoded), settings, out text, out problem);
    }

    /// <summary>
    /// The same words in every host: the analyzer, given text Roslyn already decoded with replacement characters, knows
    /// where the first bad byte was but not its value, so no host names the value.
    /// </summary>
    internal static string InvalidUtf8Message(long offset) => $"the byte at offset {offset:N0} is not valid UTF-8; save the file as UTF-8";

    /// <summary>PL0013 when <paramref name="length"/> exceeds the limit, so hosts can refuse a huge file before reading it.</summary>
    public static Finding? TooLarge(string path, long length, LintSettings settings)
    {
        int limit = MaxFileBytes(settings);
        return length > limit ? TooLarge(path, $"file is {length:N0} bytes", settings) : null;
    }

    private static Finding TooLarge(string path, string size, LintSettings settings) =>
        Create(InputTooLarge.Rule, path, settings, new LinePosition(1, 1), 0,
            $"{size}, over the {MaxFileBytes(settings):N0}-byte limit (maxFileBytes), and was not linted; move large reference text to retrieval");

    /// <summary>The size limit hosts must read at most one byte past (PL0013's <c>maxFileBytes</c>).</summary>
    public static int MaxFileBytes(LintSettings settings) => settings.Option(InputTooLarge.Rule, "maxFileBytes");

    /// <summary>PL0010 for a file the host could not read.</summary>
    public static Finding Unreadable(string path, string reason, LintSettings settings) =>
        Create(UnreadableInput.Rule, path, settings, new LinePosition(1, 1), 0, $"file could not be read: {reason}");

    /// <summary>PL0015 for a file named explicitly whose format is unknown.</summary>
    public static Finding Unsupported(string path, LintSettings settings) =>
        Create(UnsupportedInput.Rule, path, settings, new LinePosition(1, 1), 0,
            $"file name matches no supported prompt format ({Formats.FormatTable.SupportedNames}); rename it to one of these to lint it");

    private static bool TryDecodeWide(string path, byte[] bytes, Encoding encoding, int bom, LintSettings settings, out string text, out Finding? problem)
    {
        text = string.Empty;
        problem = null;
        string decoded;
        try
        {
            decoded = encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            problem = Create(InvalidUtf8.Rule, path, settings, new LinePosition(1, 1), 0,
                $"file starts with a {encoding.WebName} byte order mark but is not valid {encoding.WebName}; save the file as UTF-8");
            return false;
        }

        int nul = decoded.IndexOf('\0');
        if (nul >= 0)
        {
            problem = Create(BinaryInput.Rule, path, settings, new SourceText(path, decoded.Substring(0, nul)).GetLinePosition(nul), nul,
                $"file contains a NUL character at character {nul:N0} and looks binary; prompt files must be text");
            return false;
        }

        text = LineBreaks.NormalizeLoneCarriageReturns(decoded);
        return true;
    }

    private static (Encoding Encoding, int BomLength)? UnicodeByBom(byte[] b)
    {
        // UTF-32 LE's mark starts like UTF-16 LE's, so it is tested first.
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return null;
    }

    private static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static Finding Create(RuleDescriptor rule, string path, LintSettings settings, LinePosition position, int offset, string message) =>
        new(rule, settings.SeverityOf(rule), path, new TextSpan(offset, 0), new LinePositionSpan(position, position), message);

    private static Finding Create(RuleDescriptor rule, string path, LintSettings settings, (LinePosition Position, int Offset) at, string message) =>
        Create(rule, path, settings, at.Position, at.Offset, message);

    /// <summary>
    /// Line and column (in UTF-16 code units, as <see cref="SourceText"/> counts them) of the byte at
    /// <paramref name="offset"/>, and its offset in the decoded text; everything before it is valid UTF-8.
    /// Lines break at LF, CR and CRLF alike.
    /// </summary>
    private static (LinePosition Position, int Offset) Locate(byte[] bytes, int bom, int offset)
    {
        int line = 1, column = 1, chars = 0;
        for (int i = bom; i < offset; i++)
        {
            byte b = bytes[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            int units = b >= 0xF0 ? 2 : 1;
            chars += units;
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else
            {
                column += units;
            }
        }

        return (new LinePosition(line, column), chars);
    }
}
