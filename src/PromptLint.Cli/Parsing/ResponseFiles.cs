using System.CommandLine.Parsing;
using PromptLint.Hosting;

namespace PromptLint.Cli.Parsing;

/// <summary>
/// <c>@file</c> arguments: the file's lines, each split like a command line (quotes group, <c>#</c> starts a comment
/// line), stand in its place. Relative names resolve against the working directory; the file is read bounded and
/// never when it is a FIFO or a device. A path that starts with <c>@</c> is written <c>./@name</c>.
/// </summary>
internal sealed class ResponseFiles(string workingDirectory)
{
    private const int MaxBytes = 1024 * 1024;

    public bool TryReplace(string token, out IReadOnlyList<string>? replacement, out string? errorMessage)
    {
        string path = Path.GetFullPath(token, workingDirectory);
        string? text = BoundedFileReader.ReadSmallText(path, MaxBytes, out string? problem);
        if (text is null)
        {
            replacement = null;
            errorMessage = $"response file '@{token}' cannot be read: {problem}";
            return false;
        }

        replacement = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(CommandLineParser.SplitCommandLine)
            .ToList();
        errorMessage = null;
        return true;
    }
}
