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

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var paths = new List<string>();
        string format = "table";
        string? output = null, configPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" or "-f":
                    format = Value(args, ref i);
                    if (Array.IndexOf(Formats, format) < 0)
                    {
                        throw new UsageException($"--format expects one of {string.Join(", ", Formats)}, got '{format}'");
                    }

                    break;
                case "--output" or "-o":
                    output = Value(args, ref i);
                    break;
                case "--config" or "-c":
                    configPath = Value(args, ref i);
                    break;
                case "--":
                    paths.AddRange(args.Skip(i + 1));
                    i = args.Length;
                    break;
                default:
                    if (args[i].StartsWith('-'))
                    {
                        throw new UsageException($"unknown option '{args[i]}'");
                    }

                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            paths.Add(".");
        }

        ConfigCascade cascade = LintCommand.Cascade(configPath, workingDirectory);
        var missing = new List<string>();
        List<WalkEntry> files = FileDiscovery.Expand(paths, workingDirectory, missing);
        if (missing.Count > 0)
        {
            throw new UsageException($"path not found: {string.Join(", ", missing)}");
        }

        foreach (WalkEntry file in files)
        {
            cascade.ChainFor(file.Path);
        }

        foreach (string folder in paths.Select(p => Path.GetFullPath(p, workingDirectory)).Where(Directory.Exists))
        {
            cascade.ChainFor(folder, isFolder: true);
        }

        if (cascade.HasErrors)
        {
            foreach (var problem in cascade.Parsed.SelectMany(p => p.Problems))
            {
                stderr.WriteLine(problem.ToCanonicalString().Replace(problem.Path, LintCommand.DisplayPath(problem.Path, workingDirectory)));
            }

            stderr.WriteLine("promptlint: the configuration has errors; fix them first ('promptlint lint' lists them)");
            return ExitCodes.UsageError;
        }

        LadderReport report = Build(files, cascade, workingDirectory);
        string text = format switch
        {
            "markdown" => LadderMarkdownWriter.Write(report),
            "json" => LadderJsonWriter.Write(report),
            "html" => LadderHtmlWriter.Write(report),
            _ => LadderTableWriter.Write(report),
        };

        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            string full = Path.GetFullPath(output, workingDirectory);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            stdout.WriteLine(LadderTableWriter.Totals(report) + $" (ladder report written to {output})");
        }

        return ExitCodes.Success;
    }

    private static LadderReport Build(List<WalkEntry> files, ConfigCascade cascade, string workingDirectory)
    {
        var host = new DiskFileHost();
        var pipeline = new PromptFilePipeline(cascade, host, LadderReportBuilder.WithFactRules);
        var evidence = EvidencePipeline.ForDisk(cascade, host, workingDirectory);
        var outcomes = new FileOutcome[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = LintCommand.LintFile(pipeline, evidence, files[i]));
        IReadOnlyList<FineTuneEvidence> declared = evidence.LintDeclared();
        var prompts = outcomes.Where(o => o.Document is not null)
            .Select(o => (o.Path, LintCommand.DisplayPath(o.Path, workingDirectory), o.Document!, o.Findings));
        return LadderReportBuilder.Build(prompts, cascade, declared, new TiktokenCounter(), displayPath: path => LintCommand.DisplayPath(path, workingDirectory));
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }
}
