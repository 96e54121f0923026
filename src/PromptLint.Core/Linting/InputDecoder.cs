using System;
using System.Text;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Linting;

/// <summary>
/// Turns a file's bytes into text, or into a PL0011/PL0012/PL0013 finding: binary content, invalid UTF-8
/// (with the line and column of the first bad byte), or a size over the limit. UTF-8 and UTF-16 byte
/// order marks are honoured.
/// </summary>
public static class InputDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(string path, byte[] bytes, LintSettings settings, out string text, out Finding? problem)
    {
        text = string.Empty;
        problem = TooLarge(path, bytes.LongLength, settings);
        if (problem is not null)
        {
            return false;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
            return true;
        }

        int scan = Math.Min(bytes.Length, 8000);
        for (int i = 0; i < scan; i++)
        {
            if (bytes[i] == 0)
            {
                problem = Create(RuleCatalog.BinaryInput, path, settings, PositionOfByte(bytes, i),
                    $"file contains a NUL byte at offset {i} and looks binary; prompt files must be text");
                return false;
            }
        }

        try
        {
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            int index = Math.Max(0, e.Index);
            int offset = FindInvalidByte(bytes, index);
            problem = Create(RuleCatalog.InvalidUtf8, path, settings, PositionOfByte(bytes, offset),
                $"byte 0x{bytes[offset]:X2} at offset {offset} is not valid UTF-8; save the file as UTF-8");
            return false;
        }
    }

    /// <summary>PL0013 when <paramref name="length"/> exceeds the limit, so hosts can refuse a huge file before reading it.</summary>
    public static Finding? TooLarge(string path, long length, LintSettings settings)
    {
        int limit = settings.Option(RuleCatalog.InputTooLarge, "maxFileBytes");
        return length > limit
            ? Create(RuleCatalog.InputTooLarge, path, settings, new LinePosition(1, 1),
                $"file is {length:N0} bytes, over the {limit:N0}-byte limit (maxFileBytes), and was not linted; move large reference text to retrieval")
            : null;
    }

    /// <summary>PL0010 for a file the host could not read.</summary>
    public static Finding Unreadable(string path, string reason, LintSettings settings) =>
        Create(RuleCatalog.UnreadableInput, path, settings, new LinePosition(1, 1), $"file could not be read: {reason}");

    /// <summary>PL0015 for a file named explicitly whose format is unknown.</summary>
    public static Finding Unsupported(string path, LintSettings settings) =>
        Create(RuleCatalog.UnsupportedInput, path, settings, new LinePosition(1, 1),
            $"file name matches no supported prompt format ({Formats.FormatTable.SupportedNames}); rename it to one of these to lint it");

    private static Finding Create(RuleDescriptor rule, string path, LintSettings settings, LinePosition position, string message) =>
        new(rule, settings.SeverityOf(rule), path, new TextSpan(0, 0), new LinePositionSpan(position, position), message);

    /// <summary>The decoder reports the index within its buffer; walk to the first byte that does not start a valid sequence.</summary>
    private static int FindInvalidByte(byte[] bytes, int hint)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            int length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                return i;
            }

            for (int k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            i += length;
        }

        return Math.Min(hint, bytes.Length - 1);
    }

    private static LinePosition PositionOfByte(byte[] bytes, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = 1;
        for (int i = lineStart; i < offset; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new LinePosition(line, column);
    }
}
