using System.IO;

namespace PromptLint.Pipeline;

/// <summary>
/// A host that can also stream a file (the CLI and the MSBuild task, over the disk), so fine-tuning datasets of
/// hundreds of megabytes lint in bounded memory. The analyzer is not one: it never lints datasets.
/// </summary>
public interface IStreamingFileHost : IPromptFileHost
{
    /// <summary>Opens a regular file for reading from the start, or null when it is missing, not a file or unreadable.</summary>
    Stream? OpenRead(string path);
}
