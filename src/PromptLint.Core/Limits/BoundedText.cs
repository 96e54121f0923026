using System.IO;
using System.Text;

namespace PromptLint.Limits;

/// <summary>Reads a text whole only while it stays under a limit: memory is bounded by the limit, whatever the source claims.</summary>
internal static class BoundedText
{
    /// <summary>The whole text, or null when it has more than <paramref name="maxChars"/> characters (reading stops at the first one past it).</summary>
    public static string? Read(TextReader reader, int maxChars)
    {
        var text = new StringBuilder();
        char[] buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + (long)read > maxChars)
            {
                return null;
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
