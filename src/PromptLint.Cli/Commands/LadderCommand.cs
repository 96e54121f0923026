using System.Text;
using PromptLint.Cli.Ladder;
using PromptLint.Configuration;
using PromptLint.FineTuning;
using PromptLint.Hosting;
using PromptLint.Ladder;
using PromptLint.Ladder.Writers;
using PromptLint.Pipeline;

namespace PromptLint.Cli.Commands;

/// <summary>
/// <c>promptlint ladder</c>: the same discovery, cascade and pipeline as <c>lint</c> (with the fact rules PL1001,
/// PL1003, PL2001 and PL3001 on), then the ladder report — where each prompt stands, what its static text costs,
/// when a fine-tune would pay off — with exact token counts from the model family's tokenizer.
/// </summary>
internal static class LadderCommand
{
    public static readonly string[] Formats = { "table", "markdown", "json", "html" };

    /// <summary>Parsed <c>ladder</c> arguments.</summary>
    internal sealed record LadderOptions(IReadOnlyList<string> Paths, string Format, string? OutputPath, string? ConfigPath, string? StdinFileName);

    public static int Run(LadderOptions options, CliContext context)
    {
        string workingDirectory = context.WorkingDirectory;
        ConfigCascade cascade = LintCommand.Cascade(options.ConfigPath, workingDirectory);
        var inputs = CommandInputs.Discover(options.Paths, options.StdinFileName, cascade, context);
        if (cascade.HasErrors)
        {
            foreach (var problem in cascade.Parsed.SelectMany(p => p.Problems))
            {
                context.Stderr.WriteLine(problem.ToCanonicalString().Replace(problem.Path, LintCommand.DisplayPath(problem.Path, workingDirectory)));
            }

            context.Stderr.WriteLine("promptlint: the configuration has errors; fix them first ('promptlint lint' lists them)");
            return ExitCodes.UsageError;
        }

        LadderReport report = Build(inputs, cascade, workingDirectory);
        string text = options.Format switch
        {
            "markdown" => LadderMarkdownWriter.Write(report),
            "json" => LadderJsonWriter.Write(report),
            "html" => LadderHtmlWriter.Write(report),
            _ => LadderTableWriter.Write(report, Parsing.CommandTree.TerminalWidth()),
        };

        if (options.OutputPath is null)
        {
            context.Stdout.Write(text);
        }
        else
        {
            string full = Path.GetFullPath(options.OutputPath, workingDirectory);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            context.Stdout.WriteLine(LadderTableWriter.Totals(report) + $" (ladder report written to {options.OutputPath})");
        }

        return ExitCodes.Success;
    }

    internal static LadderReport Build(CommandInputs inputs, ConfigCascade cascade, string workingDirectory)
    {
        List<WalkEntry> files = inputs.Files;
        IStreamingFileHost host = inputs.Host;
        var pipeline = new PromptFilePipeline(cascade, host, LadderReportBuilder.WithFactRules);
        var evidence = DiskEvidence.Pipeline(cascade, host, workingDirectory);
        var outcomes = new FileOutcome[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = LintCommand.LintFile(pipeline, evidence, files[i]));
        IReadOnlyList<FineTuneEvidence> declared = evidence.LintDeclared();
        var prompts = outcomes.Where(o => o.Document is not null)
            .Select(o => (o.Path, LintCommand.DisplayPath(o.Path, workingDirectory), o.Document!, o.Findings));
        return LadderReportBuilder.Build(prompts, cascade, declared, new TiktokenCounter(), displayPath: path => LintCommand.DisplayPath(path, workingDirectory));
    }
}
