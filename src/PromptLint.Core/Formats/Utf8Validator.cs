namespace PromptLint.Formats;

/// <summary>
/// Finds the first byte that does not belong to a well-formed UTF-8 sequence (Unicode's table 3-7: no overlong
/// forms, no surrogates, nothing above U+10FFFF, no truncated sequence), in one pass.
/// </summary>
internal static class Utf8Validator
{
    /// <returns>The offset of the first byte of the first ill-formed sequence, or -1 when all of it is UTF-8.</returns>
    public static int FirstInvalidByte(byte[] bytes, int start)
    {
        int i = start;
        int n = bytes.Length;
        while (i < n)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte low = 0x80, high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0) low = 0xA0;
                if (b == 0xED) high = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0) low = 0x90;
                if (b == 0xF4) high = 0x8F;
            }
            else
            {
                return i;
            }

            if (i + length > n || bytes[i + 1] < low || bytes[i + 1] > high)
            {
                return i;
            }

            for (int k = 2; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }
}
