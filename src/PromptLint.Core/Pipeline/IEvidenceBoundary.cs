namespace PromptLint.Pipeline;

/// <summary>
/// Where the files a promptlint.yaml names may be read from. The disk hosts pass PromptLint.Hosting's
/// <c>RepositoryBoundary</c> (Core itself never looks at the disk); without one every named file is read through the host.
/// </summary>
public interface IEvidenceBoundary
{
    /// <summary>
    /// Why <paramref name="path"/>, named by the configuration at <paramref name="configPath"/>, is not read; null when
    /// it may be read (or does not exist: the caller's "missing" handling applies). The reason quotes nothing from the file.
    /// </summary>
    string? Refusal(string configPath, string path);
}
