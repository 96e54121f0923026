namespace PromptLint.Pipeline;

/// <summary>
/// What the pipeline needs from a host: reading a candidate (bounded), reading a companion file, and knowing which
/// files exist in the project. The CLI and the MSBuild task read the disk; the analyzer reads AdditionalFiles.
/// </summary>
public interface IPromptFileHost
{
    /// <summary>A file's content; never more than <paramref name="maxBytes"/> bytes are read (larger files are <see cref="FileContent.TooLarge"/>).</summary>
    FileContent Read(string path, int maxBytes);

    /// <summary>The text of a companion file (e.g. Semantic Kernel's config.json beside skprompt.txt), or null when there is none.</summary>
    string? ReadCompanion(string path);

    /// <summary>Whether a file is part of the project (for PL4002's "declared eval file is missing").</summary>
    bool Exists(string path);
}
