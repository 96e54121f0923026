using System.CommandLine;
using System.CommandLine.Help;
using PromptLint.Cli.Commands;
using PromptLint.Rules;

namespace PromptLint.Cli.Parsing;

/// <summary>
/// The commands, their options and what each runs. Values are read with typed <c>GetValue</c> calls (no
/// reflection-based binding), so the tool stays trimmable and AOT-friendly.
/// </summary>
internal static class CommandTree
{
    private const string Description = "PromptLint: lint LLM prompt files; report where each prompt stands on the ladder.\n" +
        "Exit codes: 0 nothing at lint's --fail-on level, 1 findings at that level, 2 usage or configuration error.\n" +
        "'promptlint COMMAND --help' describes a command; '@FILE' reads arguments from a file.";

    /// <summary>What a usage error says when a command's one argument is missing, by command name.</summary>
    private static readonly Dictionary<string, string> MissingArgument = new(StringComparer.Ordinal)
    {
        ["explain"] = "explain takes one rule ID, e.g. 'promptlint explain PL1001'",
        ["inspect"] = "inspect takes one file, e.g. 'promptlint inspect prompts/support.prompty'",
    };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(Description)
        {
            LintCommandLine.Create(context),
            LadderCommandLine.Create(context),
            Init(context),
            Rules(context),
            Explain(context),
            Inspect(context),
            Schema(context),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        root.Options.OfType<HelpOption>().Single().Action = new HelpAction { MaxWidth = HelpWidth() };
        return root;
    }

    public static string? MissingArgumentMessage(string commandName) => MissingArgument.GetValueOrDefault(commandName);

    public static void WriteHelp(RootCommand root, TextWriter output) =>
        root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output });

    /// <summary>The terminal's width when standard output is one, else 120 (redirected output, tests).</summary>
    internal static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? 120 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }

    private static int HelpWidth() => Math.Min(TerminalWidth(), 120);

    private static Command Init(CliContext context)
    {
        var file = new Argument<string?>("file")
        {
            Description = "where to write it (default: promptlint.yaml in the working directory)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("init", "Write a commented starter promptlint.yaml (never overwrites).") { file };
        command.SetAction(r => InitCommand.Run(r.GetValue(file), context.Stdout, context.WorkingDirectory));
        return command;
    }

    private static Command Rules(CliContext context)
    {
        var command = new Command("rules", "List every rule with its default severity.");
        command.SetAction(_ => RulesCommand.Run(context.Stdout));
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var rule = new Argument<string>("rule-id") { Description = "the rule, e.g. PL1001 (any case)", HelpName = "rule-id" };
        rule.CompletionSources.Add(_ => RuleCatalog.All.Select(r => r.Id));
        var command = new Command("explain", "Print a rule's documentation page.") { rule };
        command.SetAction(r => ExplainCommand.Run(r.GetRequiredValue(rule), context.Stdout));
        return command;
    }

    private static Command Inspect(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "a prompt file" };
        var command = new Command("inspect", "Print what PromptLint read from a file: messages, tags, examples, format evidence.") { file };
        command.SetAction(r => InspectCommand.Run(r.GetRequiredValue(file), context.Stdout, context.WorkingDirectory));
        return command;
    }

    private static Command Schema(CliContext context)
    {
        var command = new Command("schema", "Print the JSON Schema of promptlint.yaml.");
        command.SetAction(_ =>
        {
            context.Stdout.Write(Configuration.ConfigSchemaWriter.Generate());
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>--version</c> as the tool always printed it: major.minor.patch, without the commit System.CommandLine would add.</summary>
    private sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(typeof(CommandTree).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return ExitCodes.Success;
        }
    }
}
