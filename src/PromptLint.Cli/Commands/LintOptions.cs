using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Linting;
using PromptLint.Rules;

namespace PromptLint.Cli.Commands;

/// <summary>Parsed <c>lint</c> arguments.</summary>
internal sealed class LintOptions
{
    public List<string> Paths { get; } = new();

    /// <summary>Command-line <c>--severity</c>/<c>--option</c> values, applied on top of promptlint.yaml.</summary>
    public List<Func<LintSettings, LintSettings>> SettingOverrides { get; } = new();

    public string Format { get; private set; } = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "text";

    public string? OutputPath { get; private set; }

    public string? ConfigPath { get; private set; }

    public bool Redact { get; private set; }

    public string FailOn { get; private set; } = "error";

    public bool UpdateBaseline { get; private set; }

    public string? BaselinePath { get; private set; }

    /// <summary>List every file that was left alone, and why, on stderr.</summary>
    public bool Verbose { get; private set; }

    public static readonly string[] Formats = { "text", "json", "sarif", "github" };

    public LintSettings Apply(LintSettings settings) => SettingOverrides.Aggregate(settings, (current, apply) => apply(current));

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
                case "--format" or "-f":
                    options.Format = OneOf(Value(args, ref i, arg), Formats, arg);
                    break;
                case "--output" or "-o":
                    options.OutputPath = Value(args, ref i, arg);
                    break;
                case "--config" or "-c":
                    options.ConfigPath = Value(args, ref i, arg);
                    break;
                case "--verbose" or "-v":
                    options.Verbose = true;
                    break;
                case "--redact":
                    options.Redact = true;
                    break;
                case "--fail-on":
                    options.FailOn = OneOf(Value(args, ref i, arg), new[] { "error", "warning", "never" }, arg);
                    break;
                case "--update-baseline":
                    options.UpdateBaseline = true;
                    break;
                case "--baseline":
                    options.BaselinePath = Value(args, ref i, arg);
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

        SettingOverrides.Add(settings => settings.WithSeverity(rule.Id, severity));
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

        SettingOverrides.Add(settings => settings.WithOption(rule.Id, key[1], number));
    }

    private static string OneOf(string value, string[] allowed, string option) =>
        Array.IndexOf(allowed, value) >= 0 ? value : throw new UsageException($"{option} expects one of {string.Join(", ", allowed)}, got '{value}'");

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
