using System.IO;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Cli.Commands;

/// <summary><c>promptlint inspect FILE</c>: prints what the reader made of a file (messages, tags, examples, format evidence).</summary>
internal static class InspectCommand
{
    public static int Run(string[] args, TextWriter stdout, string workingDirectory)
    {
        if (args.Length != 1)
        {
            throw new UsageException("inspect takes one file, e.g. 'promptlint inspect prompts/support.prompty'");
        }

        string path = Path.GetFullPath(args[0], workingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException($"path not found: {args[0]}");
        }

        string display = LintCommand.DisplayPath(path, workingDirectory);
        var input = new PromptInput(display, File.ReadAllText(path), LintCommand.ReadCompanions(path));
        PromptDocument? document = Linter.Read(input);
        if (document is null)
        {
            throw new UsageException($"'{args[0]}' is not a known prompt format");
        }

        stdout.Write(PromptDocumentPrinter.Print(document));
        return ExitCodes.Success;
    }
}
