using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>What an evidence rule sees: the declaration, the target and general-ability results, the derived base model, the evaluation's data.</summary>
internal sealed class EvidenceContext
{
    private readonly FineTuneEvidence _evidence;
    private readonly LintSettings _settings;
    private RuleDescriptor _rule = null!;

    public EvidenceContext(FineTuneEvidence evidence, LintSettings settings)
    {
        _evidence = evidence;
        _settings = settings;
    }

    public ModelBaseline Declaration => _evidence.Declaration;

    public EvalResult? Baseline => _evidence.Baseline;

    public EvalResult? Evaluation => _evidence.Evaluation;

    /// <summary>The general-ability eval's result on the base, or null (not declared, missing or unreadable).</summary>
    public EvalResult? RegressionBase => _evidence.RegressionBase;

    /// <summary>The general-ability eval's result on the fine-tune, or null.</summary>
    public EvalResult? RegressionFineTune => _evidence.RegressionFineTune;

    public FineTuneEvidence Evidence => _evidence;

    internal RuleDescriptor Rule
    {
        set => _rule = value;
    }

    public EvidenceVerdict Pass(string detail) => new(_rule, EvidenceOutcome.Passed, detail);

    public EvidenceVerdict NotChecked(string reason) => new(_rule, EvidenceOutcome.NotChecked, reason);

    /// <summary>Reports <paramref name="message"/> at <paramref name="span"/> of <paramref name="file"/> and returns the failed verdict.</summary>
    public EvidenceVerdict Fail(EvalResult file, TextSpan span, string message)
    {
        Severity severity = _settings.SeverityOf(_rule);
        if (severity != Severity.None)
        {
            _evidence.FindingList.Add(new Finding(_rule, severity, file.Path, span, file.Source.GetLinePositionSpan(span), message));
        }

        return new EvidenceVerdict(_rule, EvidenceOutcome.Failed, message);
    }

    /// <summary>Whether two dataset references name the same data: equal after resolving against the configuration folder.</summary>
    public bool SameDataset(string a, string b) =>
        string.Equals(Normalize(Declaration.Resolve(a)!), Normalize(Declaration.Resolve(b)!), System.StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string path)
    {
        string p = path.Trim().Replace('\\', '/');
        while (p.Contains("/./"))
        {
            p = p.Replace("/./", "/");
        }

        return p.StartsWith("./", System.StringComparison.Ordinal) ? p.Substring(2) : p;
    }
}
