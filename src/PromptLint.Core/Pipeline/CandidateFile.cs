namespace PromptLint.Pipeline;

/// <summary>
/// A file a host wants linted. <see cref="Explicit"/> files were named by the user (a CLI argument, a
/// <c>PromptLintFile</c> item); the others were found by walking a folder or by the package's default globs, and
/// are skipped quietly when they turn out not to be prompts.
/// </summary>
public readonly struct CandidateFile
{
    public CandidateFile(string path, bool isExplicit)
    {
        Path = path;
        Explicit = isExplicit;
    }

    /// <summary>The full path, as the host spells it.</summary>
    public string Path { get; }

    public bool Explicit { get; }
}
