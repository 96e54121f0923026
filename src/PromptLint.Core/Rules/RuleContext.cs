using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>What a rule gets besides the document: its options, and a way to report at a source span.</summary>
internal sealed class RuleContext
{
    private readonly PromptDocument _document;
    private readonly LintSettings _settings;
    private List<Finding> _findings;
    private RuleDescriptor? _rule;

    public RuleContext(PromptDocument document, Analysis.PromptAnalysis analysis, LintSettings settings, List<Finding> findings)
    {
        _document = document;
        Analysis = analysis;
        _settings = settings;
        _findings = findings;
    }

    /// <summary>The heuristics computed once for this document (format specs, role, examples, conflicts).</summary>
    public Analysis.PromptAnalysis Analysis { get; }

    internal RuleDescriptor Rule
    {
        set => _rule = value;
    }

    public int Option(RuleOption option) => _settings.Option(_rule!, option);

    public LintSettings Settings => _settings;

    /// <summary>Sends reports made inside <paramref name="report"/> to <paramref name="into"/> instead.</summary>
    public void ReportInto(List<Finding> into, System.Action report)
    {
        List<Finding> saved = _findings;
        _findings = into;
        try
        {
            report();
        }
        finally
        {
            _findings = saved;
        }
    }

    public void Report(TextSpan span, string message) => Report(_rule!, span, message);

    public void Report(RuleDescriptor rule, TextSpan span, string message)
    {
        Severity severity = _settings.SeverityOf(rule);
        if (severity == Severity.None)
        {
            return;
        }

        SourceText source = _document.Source;
        _findings.Add(new Finding(rule, severity, source.Path, span, source.GetLinePositionSpan(span), message));
    }
}
