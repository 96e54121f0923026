namespace PromptLint.Benchmarks.Corpus;

/// <summary>
/// Where the benchmark finds the repository (for <c>prompts-examples/</c>) and where it writes generated corpora.
/// BenchmarkDotNet runs each benchmark in a child process built in a sub-folder of this project's output, so the
/// repository is found by walking up to <c>PromptLint.sln</c> from either the process's base directory or the
/// working directory. <c>PROMPTLINT_REPO</c> overrides the search.
/// </summary>
internal static class BenchPaths
{
    private static string? _repoRoot;

    public static string RepoRoot => _repoRoot ??= FindRepoRoot();

    public static string ExamplesFolder => Path.Combine(RepoRoot, "prompts-examples");

    /// <summary>Generated files live under <c>artifacts/bench-corpus</c> (git-ignored build output, never linted by the repo's own runs).</summary>
    public static string CorpusRoot => Environment.GetEnvironmentVariable("PROMPTLINT_BENCH_CORPUS") is { Length: > 0 } env
        ? Path.GetFullPath(env)
        : Path.Combine(RepoRoot, "artifacts", "bench-corpus");

    /// <summary>The throughput corpus (1,000 generated files plus copies of the examples).</summary>
    public static string MainCorpus => Path.Combine(CorpusRoot, "corpus");

    /// <summary>The 200-file folder the CLI is timed on.</summary>
    public static string CliCorpus => Path.Combine(CorpusRoot, "cli-200");

    private static string FindRepoRoot()
    {
        if (Environment.GetEnvironmentVariable("PROMPTLINT_REPO") is { Length: > 0 } explicitRoot)
        {
            return Path.GetFullPath(explicitRoot);
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PromptLint.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (PromptLint.sln); set PROMPTLINT_REPO");
    }
}
