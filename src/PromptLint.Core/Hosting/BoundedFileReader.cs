using System;
using System.IO;
using PromptLint.Linting;

namespace PromptLint.Hosting;

/// <summary>
/// Host-side (the lint path never calls this; the CLI and the MSBuild task do): reads a file from disk without
/// trusting it. It never opens a FIFO, socket or device, and never reads more than <c>maxFileBytes</c> + 1 bytes
/// whatever size the file claims (a link to /dev/zero, a file that grows while it is read), so memory is bounded
/// by the limit. Problems come back as the findings the linter would report: PL0010 or PL0013.
/// </summary>
public static class BoundedFileReader
{
    public static bool TryRead(string path, LintSettings settings, out byte[] bytes, out Finding? problem) =>
        TryRead(path, FileProbe.KindOf(path), settings, out bytes, out problem);

    /// <summary>Reads a file whose kind the walk already probed (saves a second probe).</summary>
    public static bool TryRead(string path, FileKind kind, LintSettings settings, out byte[] bytes, out Finding? problem)
    {
        bytes = Array.Empty<byte>();
        problem = null;
        int limit = InputDecoder.MaxFileBytes(settings);
        try
        {
            switch (kind)
            {
                case FileKind.Missing:
                    problem = InputDecoder.Unreadable(path, "it does not exist (or is a symbolic link to nothing)", settings);
                    return false;
                case FileKind.Directory:
                    problem = InputDecoder.Unreadable(path, "it is a folder", settings);
                    return false;
                case FileKind.Special:
                    problem = InputDecoder.Unreadable(path, $"it is {FileProbe.DescribeSpecial(path) ?? "not a regular file"}, which is never opened", settings);
                    return false;
                case FileKind.Unknown when new FileInfo(path).Length == 0:
                    // The type is unknown and the length says empty: a FIFO or device looks exactly like this, so do not open it.
                    return true;
            }

            long claimed = new FileInfo(path).Length;
            if (claimed > limit)
            {
                problem = InputDecoder.TooLarge(path, claimed, settings);
                return false;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            byte[] buffer = new byte[(int)Math.Min(limit + 1L, Math.Max(claimed, 4096))];
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > limit)
                    {
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(limit + 1L, buffer.Length * 2L));
                }

                int read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total > limit)
            {
                problem = InputDecoder.TooLarge(path, settings);
                return false;
            }

            if (total != buffer.Length)
            {
                Array.Resize(ref buffer, total);
            }

            bytes = buffer;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = InputDecoder.Unreadable(path, e.Message.Replace(path, Path.GetFileName(path)), settings);
            return false;
        }
    }
}
