using PromptLint.Formats;
using PromptLint.Hosting;
using PromptLint.Model;
using PromptLint.Readers;

namespace PromptLint.Cli.Commands;

/// <summary>
/// Expands the command line's paths into files through Core's terminating <see cref="FileWalk"/>: folders recurse
/// (skipping build output and VCS folders), each folder and file once by its real path, FIFOs, sockets and devices
/// found in a folder skipped without being opened (named explicitly, they reach the pipeline and become PL0010).
/// </summary>
internal static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", ".git", ".vs", ".idea", "artifacts", "TestResults",
    };

    public static List<WalkEntry> Expand(IEnumerable<string> paths, string workingDirectory, List<string> missing) =>
        FileWalk.Expand(paths, workingDirectory, path => PromptFormats.FromFileName(path) != PromptFormat.Unknown, SkippedFolders, missing);
}
