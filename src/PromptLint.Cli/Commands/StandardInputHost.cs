using PromptLint.Hosting;
using PromptLint.Pipeline;

namespace PromptLint.Cli.Commands;

/// <summary>
/// The disk, except that one path (<c>--stdin-filename</c>, resolved against the working directory) reads standard
/// input: the file name picks the format and the promptlint.yaml that applies, and is the path findings carry.
/// Standard input is read once, bounded by maxFileBytes like any file.
/// </summary>
internal sealed class StandardInputHost(IStreamingFileHost disk, string path, Stream stdin) : IStreamingFileHost
{
    private readonly object _gate = new();
    private FileContent? _content;

    public string Path { get; } = path;

    public FileContent Read(string path, int maxBytes) => IsStdin(path) ? ReadOnce(maxBytes) : disk.Read(path, maxBytes);

    public string? ReadCompanion(string path) => disk.ReadCompanion(path);

    public bool Exists(string path) => IsStdin(path) || disk.Exists(path);

    public Stream? OpenRead(string path) => IsStdin(path) ? null : disk.OpenRead(path);

    private bool IsStdin(string path) => string.Equals(path, Path, StringComparison.Ordinal);

    private FileContent ReadOnce(int maxBytes)
    {
        lock (_gate)
        {
            try
            {
                return _content ??= BoundedFileReader.Read(stdin, maxBytes);
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
            {
                return _content = FileContent.Unreadable($"standard input could not be read: {e.Message}");
            }
        }
    }
}
