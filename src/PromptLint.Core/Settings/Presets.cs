using System;
using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Settings;

/// <summary>Built-in starting points that a promptlint.yaml refines with <c>extends:</c>.</summary>
public static class Presets
{
    public const string Recommended = "recommended";
    public const string Strict = "strict";
    public const string Minimal = "minimal";

    // PL1001 (Rules/SystemPromptLacksOutputFormat) stays on in minimal; named by ID because settings sit below the rules.
    private const string OutputFormatRuleId = "PL1001";

    public static IReadOnlyList<string> Names { get; } = new[] { Recommended, Strict, Minimal };

    /// <summary>The severity a preset gives a rule before the file's own settings apply.</summary>
    public static Severity SeverityIn(string preset, RuleDescriptor rule) => preset switch
    {
        // strict: every heuristic matters; warnings fail CI.
        Strict => rule.DefaultSeverity switch
        {
            Severity.Info => Severity.Warning,
            Severity.Warning => Severity.Error,
            _ => rule.DefaultSeverity,
        },
        // minimal: only what breaks or leaks — input problems, template errors, secrets, the missing format spec.
        Minimal => rule.DefaultSeverity == Severity.Error || rule.Id == OutputFormatRuleId || rule.Category == RuleCategory.Input
            ? rule.DefaultSeverity
            : Severity.None,
        _ => rule.DefaultSeverity,
    };

    public static bool IsKnown(string name) => Array.IndexOf((string[])Names, name) >= 0;
}
