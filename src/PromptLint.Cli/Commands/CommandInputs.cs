using PromptLint.Configuration;
using PromptLint.Hosting;
using PromptLint.Pipeline;

namespace PromptLint.Cli.Commands;

/// <summary>
/// The files a <c>lint</c> or <c>ladder</c> run reads: the paths expanded (default <c>.</c>), every configuration that
/// applies read first, and <c>-</c> as standard input under the <c>--stdin-filename</c> name.
/// </summary>
internal sealed class CommandInputs
{
    public const string StandardInput = "-";

    public const string DefaultStdinFileName = "stdin.md";

    private CommandInputs(List<string> paths, List<WalkEntry> files, IStreamingFileHost host)
    {
        Paths = paths;
        Files = files;
        Host = host;
    }

    /// <summary>The paths as given, without <c>-</c>.</summary>
    public List<string> Paths { get; }

    public List<WalkEntry> Files { get; }

    /// <summary>The disk, with standard input under its name when <c>-</c> was given.</summary>
    public IStreamingFileHost Host { get; }

    public static CommandInputs Discover(IReadOnlyList<string> given, string? stdinFileName, ConfigCascade cascade, CliContext context)
    {
        var paths = given.Where(p => p != StandardInput).ToList();
        int stdinCount = given.Count - paths.Count;
        if (stdinCount > 1)
        {
            throw new UsageException("'-' (standard input) can be given once");
        }

        if (stdinCount == 0 && stdinFileName is not null)
        {
            throw new UsageException("--stdin-filename names standard input: give '-' among the paths");
        }

        if (given.Count == 0)
        {
            paths.Add(".");
        }

        var missing = new List<string>();
        List<WalkEntry> files = FileDiscovery.Expand(paths, context.WorkingDirectory, missing);
        if (missing.Count > 0)
        {
            throw new UsageException($"path not found: {string.Join(", ", missing)}");
        }

        IStreamingFileHost host = new DiskFileHost();
        if (stdinCount == 1)
        {
            string stdinPath = Path.GetFullPath(stdinFileName ?? DefaultStdinFileName, context.WorkingDirectory);
            files.RemoveAll(f => f.Path == stdinPath);
            files.Add(new WalkEntry(stdinPath, true, FileKind.Regular));
            host = new StandardInputHost(host, stdinPath, context.Stdin);
        }

        foreach (WalkEntry file in files)
        {
            cascade.ChainFor(file.Path); // read every configuration that applies before linting anything
        }

        foreach (string folder in paths.Select(p => Path.GetFullPath(p, context.WorkingDirectory)).Where(Directory.Exists))
        {
            cascade.ChainFor(folder, isFolder: true); // models: of a folder's promptlint.yaml count even when it holds no prompt file
        }

        return new CommandInputs(paths, files, host);
    }
}
