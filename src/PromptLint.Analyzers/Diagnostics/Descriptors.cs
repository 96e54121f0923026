using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Analyzers.Diagnostics;

/// <summary>One <see cref="DiagnosticDescriptor"/> per catalog rule, built by one factory that also sets the help link.</summary>
internal static class Descriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalog.All.ToDictionary(r => r.Id, Create);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    public static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        "PromptLint." + rule.Category,
        ToDiagnosticSeverity(rule.DefaultSeverity),
        isEnabledByDefault: rule.DefaultSeverity != Severity.None,
        description: rule.Description,
        helpLinkUri: rule.HelpLink);
}
