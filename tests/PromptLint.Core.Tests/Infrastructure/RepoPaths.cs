namespace PromptLint.Core.Tests.Infrastructure;

/// <summary>Finds files in the repository from the test assembly's folder (walks up to PromptLint.sln).</summary>
internal static class RepoPaths
{
    public static string Root => PromptLint.Tests.Shared.RepositoryRoot.Path;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string TestProject => Combine("tests", "PromptLint.Core.Tests");
}
