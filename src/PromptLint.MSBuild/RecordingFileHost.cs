using System.Collections.Generic;
using PromptLint.Pipeline;

namespace PromptLint.MSBuild;

/// <summary>
/// The disk host, noting what linting one file looked at: every file read (the prompt, a companion such as SK's
/// config.json) and every existence check (PL4002). A file's cached findings stay valid while all of these are unchanged.
/// </summary>
internal sealed class RecordingFileHost : IPromptFileHost
{
    private readonly IPromptFileHost _inner;
    private readonly List<FileDependency> _seen = new List<FileDependency>();

    public RecordingFileHost(IPromptFileHost inner) => _inner = inner;

    /// <summary>What was looked at since the last call, then starts a new list.</summary>
    public List<FileDependency> TakeDependencies()
    {
        var taken = new List<FileDependency>(_seen);
        _seen.Clear();
        return taken;
    }

    public FileContent Read(string path, int maxBytes)
    {
        _seen.Add(FileDependency.Content(path));
        return _inner.Read(path, maxBytes);
    }

    public string? ReadCompanion(string path)
    {
        _seen.Add(FileDependency.Content(path));
        return _inner.ReadCompanion(path);
    }

    public bool Exists(string path)
    {
        bool exists = _inner.Exists(path);
        _seen.Add(FileDependency.Existence(path, exists));
        return exists;
    }
}
