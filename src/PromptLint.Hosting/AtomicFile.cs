using System;
using System.IO;

namespace PromptLint.Hosting;

/// <summary>
/// Host-side: replaces a file whole or not at all (the CLI's baseline, the MSBuild tasks' obj/ caches). The content
/// goes to a new file beside the target, which is then renamed over it: a reader or a crash never sees half a file,
/// and concurrent writers never collide on one open file (the last rename wins; every version is whole).
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string temp = full + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            Publish(temp, full);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            byte[] bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        });

    private static void Publish(string temp, string path)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Replace(temp, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(temp, path);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 8)
            {
                // Another writer created, replaced or still holds the target between the check and the rename: try again.
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
