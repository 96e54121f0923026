using System.IO;
using PromptLint.Analysis;
using PromptLint.Hosting;
using PromptLint.Model;
using PromptLint.Pipeline;

namespace PromptLint.Cli.Commands;

/// <summary><c>promptlint inspect FILE</c>: prints what the reader made of a file (messages, tags, examples, format evidence).</summary>
internal static class InspectCommand
{
    public static int Run(string file, TextWriter stdout, string workingDirectory)
    {
        string path = Path.GetFullPath(file, workingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException($"path not found: {file}");
        }

        var pipeline = new PromptFilePipeline(LintCommand.Cascade(null, workingDirectory), new DiskFileHost());
        FileOutcome outcome = pipeline.Lint(new CandidateFile(path, isExplicit: true));
        PromptDocument? document = outcome.Document;
        if (document is null)
        {
            string why = outcome.Findings.Count > 0 ? outcome.Findings[0].Message : outcome.SkipReason ?? "it could not be read";
            throw new UsageException($"'{file}' could not be read as a prompt: {why}");
        }

        stdout.Write(PromptDocumentPrinter.Print(document));
        return ExitCodes.Success;
    }
}
