using System.CommandLine;

namespace PromptLint.Cli.Parsing;

/// <summary>The options and argument <c>lint</c> and <c>ladder</c> share, built once per command.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "files and folders to read (default: .); '-' reads standard input",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "use this promptlint.yaml instead of discovering one",
        HelpName = "FILE",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "write the report to FILE (a summary line still goes to stdout)",
        HelpName = "FILE",
    };

    public Option<string?> StdinFileName { get; } = new("--stdin-filename")
    {
        Description = "the name standard input ('-') stands for: picks its format and promptlint.yaml, names it in findings (default: stdin.md)",
        HelpName = "NAME",
    };

    public Option<string> Format { get; }

    public CommonOptions(string[] formats, string defaultFormat, string description)
    {
        Format = Choice("--format", formats, defaultFormat, description, "-f");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Config);
        command.Options.Add(StdinFileName);
    }

    /// <summary>An option that takes one of <paramref name="allowed"/>: completed from them, any other value a usage error.</summary>
    public static Option<string> Choice(string name, string[] allowed, string defaultValue, string description, params string[] aliases)
    {
        var option = new Option<string>(name, aliases)
        {
            Description = description,
            HelpName = string.Join('|', allowed),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CompletionSources.Add(allowed);
        option.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && Array.IndexOf(allowed, value) < 0)
            {
                result.AddError($"{name} expects one of {string.Join(", ", allowed)}, got '{value}'");
            }
        });
        return option;
    }
}
