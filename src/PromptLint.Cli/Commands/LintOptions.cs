using System;
using System.Collections.Generic;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.Cli.Commands;

/// <summary>Parsed <c>lint</c> arguments.</summary>
internal sealed class LintOptions
{
    public List<string> Paths { get; } = new();

    public LintSettings Settings { get; private set; } = LintSettings.Default;

    public static LintOptions Parse(string[] args)
    {
        var options = new LintOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--severity":
                    options.ApplySeverity(Value(args, ref i, arg));
                    break;
                case "--option":
                    options.ApplyOption(Value(args, ref i, arg));
                    break;
                case "--":
                    options.Paths.AddRange(args.AsSpan(i + 1).ToArray());
                    return options;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option '{arg}'");
                    }

                    options.Paths.Add(arg);
                    break;
            }
        }

        return options;
    }

    private void ApplySeverity(string value)
    {
        string[] parts = value.Split('=', 2);
        RuleDescriptor rule = RuleOrThrow(parts[0]);
        if (parts.Length != 2 || !SeverityNames.TryParse(parts[1], out Severity severity))
        {
            throw new UsageException($"--severity expects ID=error|warning|info|none, got '{value}'");
        }

        Settings = Settings.WithSeverity(rule.Id, severity);
    }

    private void ApplyOption(string value)
    {
        string[] parts = value.Split('=', 2);
        string[] key = parts[0].Split('.', 2);
        RuleDescriptor rule = RuleOrThrow(key[0]);
        if (key.Length != 2 || parts.Length != 2 || !rule.Options.ContainsKey(key[1]) || !int.TryParse(parts[1], out int number) || number < 0)
        {
            string known = rule.Options.Count == 0 ? "none" : string.Join(", ", rule.Options.Keys);
            throw new UsageException($"--option expects ID.name=number with a name {rule.Id} knows ({known}), got '{value}'");
        }

        Settings = Settings.WithOption(rule.Id, key[1], number);
    }

    private static RuleDescriptor RuleOrThrow(string id) =>
        RuleCatalog.Find(id) ?? throw new UsageException($"unknown rule '{id}'; 'promptlint rules' lists them");

    private static string Value(string[] args, ref int i, string name)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{name} needs a value");
        }

        return args[++i];
    }
}
