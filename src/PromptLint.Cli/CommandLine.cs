using System;
using System.IO;
using PromptLint.Cli.Commands;

namespace PromptLint.Cli;

/// <summary>Dispatches <c>promptlint &lt;command&gt;</c>. Usage errors print to stderr and exit 2.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage:
          promptlint lint [paths...] [--severity ID=error|warning|info|none]... [--option ID.name=value]...
          promptlint rules
          promptlint explain <rule-id>
          promptlint inspect <file>
          promptlint --version

        lint      Lint prompt files; folders are searched recursively for known prompt formats.
                  Exit code 0: no errors; 1: at least one error-severity finding; 2: usage error.
        rules     List every rule with its default severity.
        explain   Print a rule's documentation page.
        inspect   Print what PromptLint read from a file: messages, template tags, examples, format evidence.
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
                "rules" => RulesCommand.Run(stdout),
                "explain" => ExplainCommand.Run(args.AsSpan(1).ToArray(), stdout),
                "inspect" => InspectCommand.Run(args.AsSpan(1).ToArray(), stdout, workingDirectory),
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

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        return ExitCodes.Success;
    }
}

internal sealed class UsageException(string message) : Exception(message);
