using System;
using System.IO;
using PromptLint.Pipeline;

namespace PromptLint.Hosting;

/// <summary>
/// Prompt files on disk, for the CLI and the MSBuild task. Reads are bounded (<see cref="BoundedFileReader"/>): never
/// more than the limit plus one byte, whatever length the file system reports, and FIFOs, sockets and devices are
/// never opened. The lint path and the analyzer never use this.
/// </summary>
public sealed class DiskFileHost : IStreamingFileHost
{
    private readonly VirtualFileSystems _virtual = new();

    public FileContent Read(string path, int maxBytes) => BoundedFileReader.Read(path, maxBytes, _virtual);

    /// <summary>A companion (SK's config.json) through the same bounded reader: a FIFO or /dev/zero there is no companion.</summary>
    public string? ReadCompanion(string path) => BoundedFileReader.ReadSmallText(path, Limits.InputLimits.MaxCompanionBytes, out _, _virtual);

    public bool Exists(string path) => File.Exists(path);

    /// <summary>A regular file streamed from the start (fine-tuning datasets); null for anything else.</summary>
    public Stream? OpenRead(string path)
    {
        try
        {
            // Only regular files are opened: a FIFO declared as a dataset would block the build, a device never end, a
            // procfs or sysfs "regular" file claim 0 bytes and block or change while read.
            if (FileProbe.KindOf(path) != FileKind.Regular || _virtual.Holds(path))
            {
                return null;
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }
}
