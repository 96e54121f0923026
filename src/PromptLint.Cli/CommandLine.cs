using System;
using System.IO;
using PromptLint.Cli.Commands;

namespace PromptLint.Cli;

/// <summary>Dispatches <c>promptlint &lt;command&gt;</c>. Usage errors print to stderr and exit 2.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage:
          promptlint lint [paths...] [options]
          promptlint ladder [paths...] [--format table|markdown|json|html] [--output FILE] [--config FILE]
          promptlint init [file]
          promptlint rules
          promptlint explain <rule-id>
          promptlint inspect <file>
          promptlint schema
          promptlint --version

        lint      Lint prompt files; folders are searched recursively for known prompt formats.
                  Settings come from the nearest promptlint.yaml (walking up to root: true or the repo root).
            --config, -c FILE          use this promptlint.yaml instead of discovery
            --format, -f FORMAT        text (default), json, sarif or github (default when GITHUB_ACTIONS=true)
            --output, -o FILE          write the report to FILE
            --redact                   leave prompt text out of every message
            --verbose, -v              list every file that was skipped, and why (on stderr)
            --fail-on LEVEL            error (default), warning or never: which findings make the exit code 1
            --severity ID=LEVEL        error, warning, info or none for this run (repeatable)
            --option ID.name=N         a rule option for this run, e.g. PL6001.maxTokens=4000 (repeatable)
            --update-baseline          write promptlint.baseline.json with the current findings
            --baseline FILE            baseline to read or write (default: promptlint.baseline.json)
                  Exit code 0: nothing at the --fail-on level; 1: findings at that level; 2: usage or configuration error.
        ladder    Where every prompt stands on the ladder (prompt, few-shot, retrieval, fine-tune), what its static
                  text costs per day and year (usage: in promptlint.yaml), when a fine-tune would pay off, and the
                  four questions per fine-tuned model. Exact token counts with the model family's tokenizer.
            --format, -f FORMAT        table (default), markdown (for $GITHUB_STEP_SUMMARY), json or html (self-contained page)
            --output, -o FILE          write the report to FILE
            --config, -c FILE          use this promptlint.yaml instead of discovery
        init      Write a commented starter promptlint.yaml (never overwrites).
        rules     List every rule with its default severity.
        explain   Print a rule's documentation page.
        inspect   Print what PromptLint read from a file: messages, template tags, examples, format evidence.
        schema    Print the JSON Schema of promptlint.yaml.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.UsageError : ExitCodes.Success;
        }

        try
        {
            return args[0] switch
            {
                "lint" => LintCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr, workingDirectory),
                "ladder" => LadderCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr, workingDirectory),
                "rules" => RulesCommand.Run(stdout),
                "explain" => ExplainCommand.Run(args.AsSpan(1).ToArray(), stdout),
                "inspect" => InspectCommand.Run(args.AsSpan(1).ToArray(), stdout, workingDirectory),
                "init" => InitCommand.Run(args.AsSpan(1).ToArray(), stdout, workingDirectory),
                "schema" => Schema(stdout),
                "--version" => Version(stdout),
                _ => UsageError(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return UsageError(stderr, e.Message);
        }
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"promptlint: {message}");
        stderr.WriteLine("Run 'promptlint --help' for usage.");
        return ExitCodes.UsageError;
    }

    private static int Schema(TextWriter stdout)
    {
        stdout.Write(Configuration.ConfigSchemaWriter.Generate());
        return ExitCodes.Success;
    }

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        return ExitCodes.Success;
    }
}

internal sealed class UsageException(string message) : Exception(message);
