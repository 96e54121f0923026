using System.CommandLine;
using System.IO;
using PromptLint.Cli.Parsing;

namespace PromptLint.Cli;

/// <summary>
/// <c>promptlint &lt;command&gt;</c> on System.CommandLine: per-command <c>--help</c>, response files (<c>@file</c>), the
/// <c>[suggest]</c> directive for tab completion. Usage errors print one line to stderr and exit 2.
/// </summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, Stream? stdin = null)
    {
        var context = new CliContext(stdout, stderr, stdin ?? Stream.Null, workingDirectory);
        RootCommand root = CommandTree.Build(context);
        if (args.Length == 0)
        {
            CommandTree.WriteHelp(root, stdout);
            return ExitCodes.UsageError;
        }

        if (args[0] == "help")
        {
            args = [.. args.Skip(1), "--help"]; // 'promptlint help lint' is 'promptlint lint --help', as before
        }

        var parserConfiguration = new ParserConfiguration { ResponseFileTokenReplacer = new ResponseFiles(workingDirectory).TryReplace };
        ParseResult result = root.Parse(args, parserConfiguration);
        if (ParseErrors.FirstProblem(result) is { } problem)
        {
            return UsageError(stderr, problem, result.CommandResult.Command);
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return result.Invoke(invocation);
        }
        catch (UsageException e)
        {
            return UsageError(stderr, e.Message, result.CommandResult.Command);
        }
    }

    private static int UsageError(TextWriter stderr, string message, Command command)
    {
        string help = command is RootCommand ? "promptlint --help" : $"promptlint {command.Name} --help";
        stderr.WriteLine($"promptlint: {message}");
        stderr.WriteLine($"Run '{help}' for usage.");
        return ExitCodes.UsageError;
    }
}

/// <summary>Where a command writes and reads, and the folder relative paths resolve against (tests run in-process).</summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, Stream Stdin, string WorkingDirectory);

internal sealed class UsageException(string message) : Exception(message);
