using System;
using System.IO;
using PromptLint.Pipeline;

namespace PromptLint.Hosting;

/// <summary>
/// Host-side (the lint path never calls this; the CLI and the MSBuild task do, through <see cref="DiskFileHost"/>):
/// reads a file from disk without trusting it. It never opens a FIFO, socket or device (<see cref="FileProbe"/>),
/// and never reads more than <c>maxBytes</c> + 1 bytes whatever size the file claims (a link to /dev/zero, a /proc
/// file that claims 0 bytes, a file that grows while it is read), so memory is bounded by the limit.
/// </summary>
public static class BoundedFileReader
{
    public static FileContent Read(string path, int maxBytes, VirtualFileSystems? virtualFileSystems = null) =>
        Read(path, FileProbe.KindOf(path), maxBytes, virtualFileSystems);

    /// <summary>
    /// Reads a file whose kind the caller already probed. A host that reads many files passes the run's
    /// <paramref name="virtualFileSystems"/>; without it the mount table is read for this file alone.
    /// </summary>
    public static FileContent Read(string path, FileKind kind, int maxBytes, VirtualFileSystems? virtualFileSystems = null)
    {
        try
        {
            switch (kind)
            {
                case FileKind.Missing:
                    return FileContent.Unreadable("it does not exist (or is a symbolic link to nothing)");
                case FileKind.Directory:
                    return FileContent.NotAFile("it is a folder");
                case FileKind.Special:
                    return FileContent.NotAFile($"it is {FileProbe.DescribeSpecial(path) ?? "not a regular file"}, which is never opened");
                case FileKind.Regular or FileKind.Unknown when (virtualFileSystems ?? new VirtualFileSystems()).Holds(path):
                    return FileContent.NotAFile("it is on a virtual file system (procfs, sysfs or devices), which is never read");
                case FileKind.Unknown when new FileInfo(path).Length == 0:
                    // The type is unknown and the length says empty: a FIFO or a device looks exactly like this, so it is not opened.
                    return FileContent.FromBytes(Array.Empty<byte>());
            }

            long claimed = new FileInfo(path).Length;
            if (claimed > maxBytes)
            {
                return FileContent.TooLarge(claimed);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            return Read(stream, maxBytes, claimed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return FileContent.Unreadable(e.Message.Replace(path, Path.GetFileName(path)));
        }
    }

    /// <summary>
    /// Reads a stream the same way (standard input, a file already opened): never more than <paramref name="maxBytes"/>
    /// + 1 bytes; <paramref name="sizeHint"/> only sizes the first buffer.
    /// </summary>
    public static FileContent Read(Stream stream, int maxBytes, long sizeHint = 4096)
    {
        byte[] buffer = new byte[(int)Math.Min(maxBytes + 1L, Math.Max(sizeHint, 4096))];
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
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
            // The real size is unknown (it claimed less, or nothing); "at least one byte over" is all that is certain.
            return FileContent.TooLarge(total);
        }

        if (total != buffer.Length)
        {
            Array.Resize(ref buffer, total);
        }

        return FileContent.FromBytes(buffer);
    }

    /// <summary>A small text file (a companion, a configuration file) read the same way: null when it is missing, special, too large or unreadable.</summary>
    public static string? ReadSmallText(string path, int maxBytes, out string? problem, VirtualFileSystems? virtualFileSystems = null)
    {
        FileContent content = Read(path, maxBytes, virtualFileSystems);
        problem = content.Kind switch
        {
            FileContentKind.Bytes => null,
            FileContentKind.TooLarge => $"it is larger than {maxBytes:N0} bytes",
            _ => content.Reason,
        };
        if (content.Kind != FileContentKind.Bytes)
        {
            return null;
        }

        byte[] bytes = content.Bytes!;
        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new System.Text.UTF8Encoding(false).GetString(bytes, bom, bytes.Length - bom);
    }
}
