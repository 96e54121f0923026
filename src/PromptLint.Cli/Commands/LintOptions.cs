using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Cli.Commands;

/// <summary>Parsed <c>lint</c> arguments.</summary>
internal sealed class LintOptions
{
    public List<string> Paths { get; } = new();

    /// <summary>Command-line <c>--severity</c>/<c>--option</c> values, applied on top of promptlint.yaml.</summary>
    public List<Func<LintSettings, LintSettings>> SettingOverrides { get; } = new();

    public string Format { get; init; } = "text";

    public string? OutputPath { get; init; }

    public string? ConfigPath { get; init; }

    public bool Redact { get; init; }

    public string FailOn { get; init; } = "error";

    public bool UpdateBaseline { get; init; }

    public string? BaselinePath { get; init; }

    /// <summary>List every file that was left alone, and why, on stderr.</summary>
    public bool Verbose { get; init; }

    public static readonly string[] Formats = { "text", "json", "sarif", "github" };

    public static readonly string[] FailOnLevels = { "error", "warning", "never" };

    /// <summary>The format when <c>--format</c> is not given: <c>github</c> inside GitHub Actions, else <c>text</c>.</summary>
    public static string DefaultFormat => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "text";

    /// <summary><c>--stdin-filename</c>: the name standard input (<c>-</c>) stands for.</summary>
    public string? StdinFileName { get; init; }

    public LintSettings Apply(LintSettings settings) => SettingOverrides.Aggregate(settings, (current, apply) => apply(current));

    public void ApplySeverity(string value)
    {
        string[] parts = value.Split('=', 2);
        RuleDescriptor rule = RuleOrThrow(parts[0]);
        if (parts.Length != 2 || !SeverityNames.TryParse(parts[1], out Severity severity))
        {
            throw new UsageException($"--severity expects ID=error|warning|info|none, got '{value}'");
        }

        SettingOverrides.Add(settings => settings.WithSeverity(rule.Id, severity));
    }

    public void ApplyOption(string value)
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

    private static RuleDescriptor RuleOrThrow(string id) =>
        RuleCatalog.Find(id) ?? throw new UsageException($"unknown rule '{id}'; 'promptlint rules' lists them");
}
