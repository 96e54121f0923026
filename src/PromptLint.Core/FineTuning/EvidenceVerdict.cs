using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.FineTuning;

/// <summary>How one evidence check came out.</summary>
public enum EvidenceOutcome
{
    Passed,
    Failed,

    /// <summary>The files needed for the check are missing, unreadable or silent on the point (see <see cref="EvidenceVerdict.Detail"/>).</summary>
    NotChecked,
}

/// <summary>One check's verdict on a fine-tune's evidence, with the concrete values behind it.</summary>
public sealed record EvidenceVerdict(RuleDescriptor Rule, EvidenceOutcome Outcome, string Detail);
