namespace PromptLint.Tests.Shared;

/// <summary>The repository root, found by walking up from the test assembly's folder to PromptLint.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "PromptLint.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("PromptLint.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;
}
