using System.IO;

namespace PromptLint.MSBuild;

/// <summary>
/// One thing a file's findings depend on, with the value it had: a file's content hash (<c>Value</c> null until
/// <see cref="Resolve"/>), or whether a file existed.
/// </summary>
internal sealed record FileDependency(string Path, bool IsExistence, string? Value)
{
    public static FileDependency Content(string path) => new FileDependency(path, false, null);

    public static FileDependency Existence(string path, bool exists) => new FileDependency(path, true, ExistenceValue(exists));

    /// <summary>This dependency with its current value filled in.</summary>
    public FileDependency Resolve() => this with { Value = Current() };

    public bool IsCurrent() => Value == Current();

    private string Current() => IsExistence ? ExistenceValue(File.Exists(Path)) : FindingCacheKey.ContentHash(Path);

    private static string ExistenceValue(bool exists) => exists ? "exists" : "absent";
}
