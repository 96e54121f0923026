namespace PromptLint.Hosts.Tests;

/// <summary>A temporary folder with an empty <c>.git</c> (the repository root, where the cascade stops), deleted afterwards.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository() => Directory.CreateDirectory(Path.Combine(Root, ".git"));

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "promptlint-tests", Guid.NewGuid().ToString("N"));

    public void Write(string relative, string text)
    {
        string full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Every file below the root but the <c>.git</c> folder, in ordinal order.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
