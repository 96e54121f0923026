using System.Linq;
using PromptLint.FineTuning;

namespace PromptLint.Ladder;

/// <summary>One line for a fine-tune's evidence verdicts (PL4003–PL4006), the same in every report format.</summary>
public static class EvidenceSummary
{
    public const string Passed = "passed";
    public const string Undeclared = "no models: entry (PL4001)";

    public static string Of(FineTuneEvidence? evidence)
    {
        if (evidence is null)
        {
            return Undeclared;
        }

        string[] failed = evidence.Verdicts.Where(v => v.Outcome == EvidenceOutcome.Failed).Select(v => v.Rule.Id).ToArray();
        if (failed.Length > 0)
        {
            return "failed " + string.Join(", ", failed);
        }

        string[] notChecked = evidence.Verdicts.Where(v => v.Outcome == EvidenceOutcome.NotChecked).Select(v => v.Rule.Id).ToArray();
        return notChecked.Length > 0 || evidence.Verdicts.Count == 0 ? "incomplete: not checked " + string.Join(", ", notChecked) : Passed;
    }
}
