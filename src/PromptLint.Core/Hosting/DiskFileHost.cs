using System;
using System.IO;
using PromptLint.Pipeline;

namespace PromptLint.Hosting;

/// <summary>
/// Prompt files on disk, for the CLI and the MSBuild task. Reads are bounded: never more than the limit plus one
/// byte, whatever length the file system reports. The lint path and the analyzer never use this.
/// </summary>
public sealed class DiskFileHost : IPromptFileHost
{
    public FileContent Read(string path, int maxBytes)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return FileContent.NotAFile("it is a folder that cannot be listed");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min((long)maxBytes + 1, stream.CanSeek ? Math.Max(stream.Length, 0) + 1 : 64 * 1024)];
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes)
                    {
                        return FileContent.TooLarge(stream.CanSeek ? Math.Max(stream.Length, total) : total);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)maxBytes + 1, (long)buffer.Length * 2));
                }

                int read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total > maxBytes)
            {
                return FileContent.TooLarge(total);
            }

            if (total != buffer.Length)
            {
                Array.Resize(ref buffer, total);
            }

            return FileContent.FromBytes(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return FileContent.Unreadable(e.Message.Replace(path, Path.GetFileName(path)));
        }
    }

    public string? ReadCompanion(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool Exists(string path) => File.Exists(path);
}
