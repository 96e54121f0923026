using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Ladder;

/// <summary>
/// One line for a fine-tune's evidence verdicts, the same in every report format: <c>failed</c> with the rule IDs of
/// any failed check (eval PL4003–PL4006, general ability PL4016, or dataset PL4007–PL4012, PL4017), <c>passed</c> when every
/// eval check passed, else <c>incomplete</c> with the eval checks that could not run. A general-ability eval that was
/// not declared or not compared does not hold <c>passed</c> back: the report's general-ability row says why (PL4015).
/// A check whose findings are all at info severity (PL4017 by default, or a rule a team set to info) is advice, not a
/// failure: its finding is listed with the others.
/// </summary>
public static class EvidenceSummary
{
    public const string Passed = "passed";
    public const string Undeclared = "no models: entry (PL4001)";

    private static bool IsEvalCheck(RuleDescriptor rule) =>
        rule == Rules.RuleCatalog.BaselineAndEvaluationDiffer || rule == Rules.RuleCatalog.EvaluationNotHeldOut
        || rule == Rules.RuleCatalog.FineTuneDoesNotBeatBaseline || rule == Rules.RuleCatalog.BaselineOnDifferentModel;

    private static bool IsAdviceOnly(FineTuneEvidence evidence, RuleDescriptor rule)
    {
        Finding[] findings = evidence.Findings.Where(f => f.Rule == rule).ToArray();
        return findings.Length > 0 && findings.All(f => f.Severity == Severity.Info);
    }

    public static string Of(FineTuneEvidence? evidence)
    {
        if (evidence is null)
        {
            return Undeclared;
        }

        string[] failed = evidence.Verdicts.Where(v => v.Outcome == EvidenceOutcome.Failed && !IsAdviceOnly(evidence, v.Rule)).Select(v => v.Rule.Id).ToArray();
        if (failed.Length > 0)
        {
            return "failed " + string.Join(", ", failed);
        }

        // Passed needs the eval checks (PL4003–PL4006); dataset checks that did not run (no training or validation set
        // declared) do not hold it back: the four questions say what the datasets show.
        string[] notChecked = evidence.Verdicts.Where(v => v.Outcome == EvidenceOutcome.NotChecked && IsEvalCheck(v.Rule)).Select(v => v.Rule.Id).ToArray();
        return notChecked.Length > 0 || !evidence.Verdicts.Any(v => IsEvalCheck(v.Rule)) ? "incomplete: not checked " + string.Join(", ", notChecked) : Passed;
    }
}
