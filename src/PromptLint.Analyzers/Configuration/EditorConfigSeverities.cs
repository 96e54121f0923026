using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Analyzers.Configuration;

/// <summary>
/// <c>dotnet_diagnostic.PLxxxx.severity</c> from the <c>.editorconfig</c> sections that match a prompt file. The
/// compiler applies those keys only to diagnostics inside syntax trees and does not hand them to analyzers for
/// AdditionalFiles, so the package passes the <c>.editorconfig</c> files above the prompt files as AdditionalFiles and
/// this class matches them with the compiler's own <see cref="AnalyzerConfigSet"/>: sections, <c>root = true</c> and
/// precedence behave exactly as for C#. The generated globalconfig leaves out the rules these files name, so the
/// compiler does not overrule the severity reported here.
/// </summary>
internal sealed class EditorConfigSeverities
{
    public const string FileName = ".editorconfig";

    private static readonly EditorConfigSeverities None = new(null);

    private readonly AnalyzerConfigSet? _set;

    private EditorConfigSeverities(AnalyzerConfigSet? set) => _set = set;

    public static EditorConfigSeverities Create(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var configs = new List<AnalyzerConfig>();
        foreach (AdditionalText file in files)
        {
            if (System.IO.Path.GetFileName(file.Path) == FileName && file.GetText(cancellationToken) is { } text)
            {
                configs.Add(AnalyzerConfig.Parse(text, file.Path));
            }
        }

        return configs.Count == 0 ? None : new EditorConfigSeverities(AnalyzerConfigSet.Create(configs));
    }

    /// <summary>The severity the matching sections give the rule in this file: null when none names it, <see cref="Severity.None"/> for none/silent/hidden.</summary>
    public Severity? For(string path, string ruleId)
    {
        if (_set is null || !_set.GetOptionsForSourcePath(path).TreeOptions.TryGetValue(ruleId, out ReportDiagnostic report))
        {
            return null;
        }

        return report switch
        {
            ReportDiagnostic.Error => Severity.Error,
            ReportDiagnostic.Warn => Severity.Warning,
            ReportDiagnostic.Info => Severity.Info,
            ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => Severity.None,
            _ => null,
        };
    }

    /// <summary>The finding's severity after the file's .editorconfig sections.</summary>
    public Severity Apply(string path, RuleDescriptor rule, Severity configured) => For(path, rule.Id) ?? configured;
}
