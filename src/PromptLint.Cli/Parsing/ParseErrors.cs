using System.CommandLine;
using System.CommandLine.Parsing;

namespace PromptLint.Cli.Parsing;

/// <summary>
/// The one usage error a parse is reported by, in the tool's words: an unknown command or option (with the nearest
/// known name), an option without its value, a missing argument. System.CommandLine binds an unknown
/// <c>--option</c> to a command's paths; here it is an unknown option unless it stands after <c>--</c>.
/// </summary>
internal static class ParseErrors
{
    public static string? FirstProblem(ParseResult result)
    {
        if (result.Action is { ClearsParseErrors: true })
        {
            return null; // --help, --version, [suggest]
        }

        Command command = result.CommandResult.Command;
        if (result.UnmatchedTokens.Count > 0)
        {
            return Unmatched(result.UnmatchedTokens[0], command);
        }

        if (OptionLikeArgument(result) is { } option)
        {
            return UnknownOption(option, command);
        }

        return result.Errors.Count > 0 ? Describe(result.Errors[0]) : null;
    }

    private static string Unmatched(string token, Command command)
    {
        if (token.StartsWith('-') && token.Length > 1)
        {
            return UnknownOption(token, command);
        }

        return command is RootCommand
            ? $"unknown command '{token}'{Nearest(token, command.Subcommands.Select(c => c.Name))}"
            : $"unexpected argument '{token}' for '{command.Name}'";
    }

    private static string UnknownOption(string token, Command command) =>
        $"unknown option '{token}'{Nearest(token, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))}";

    /// <summary>An argument that looks like an option (<c>--bogus</c>) and is not the value of the option before it, nor after <c>--</c>.</summary>
    private static string? OptionLikeArgument(ParseResult result)
    {
        IReadOnlyList<Token> tokens = result.Tokens;
        for (int i = 0; i < tokens.Count && tokens[i].Type != TokenType.DoubleDash; i++)
        {
            Token token = tokens[i];
            bool looksLikeOption = token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-';
            bool isOptionValue = i > 0 && tokens[i - 1].Type == TokenType.Option && TakesValue(result, tokens[i - 1].Value);
            if (looksLikeOption && !isOptionValue)
            {
                return token.Value;
            }
        }

        return null;
    }

    private static bool TakesValue(ParseResult result, string alias)
    {
        for (SymbolResult? scope = result.CommandResult; scope is not null; scope = scope.Parent)
        {
            if (scope is CommandResult command && command.Command.Options.FirstOrDefault(o => o.Name == alias || o.Aliases.Contains(alias)) is { } option)
            {
                return option.Arity.MaximumNumberOfValues > 0;
            }
        }

        return false;
    }

    private static string Describe(ParseError error) => error.SymbolResult switch
    {
        OptionResult { Tokens.Count: 0 } option => $"{option.Option.Name} needs a value",
        ArgumentResult { Tokens.Count: 0, Parent: CommandResult parent } =>
            CommandTree.MissingArgumentMessage(parent.Command.Name) ?? error.Message,
        _ => error.Message,
    };

    /// <summary>" (did you mean '--format'?)" when one known name is within two edits of the token.</summary>
    private static string Nearest(string token, IEnumerable<string> names)
    {
        string? best = names.Distinct()
            .Select(name => (Name: name, Distance: EditDistance(token, name)))
            .Where(c => c.Distance <= 2 && c.Distance < c.Name.Length)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    private static int EditDistance(string a, string b)
    {
        int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int[] current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
