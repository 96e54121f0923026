namespace PromptLint.Core.Tests.Infrastructure;

/// <summary>Finds files in the repository from the test assembly's folder (walks up to PromptLint.sln).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "PromptLint.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("PromptLint.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string TestProject => Combine("tests", "PromptLint.Core.Tests");
}
