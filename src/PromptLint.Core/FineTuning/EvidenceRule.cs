using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.FineTuning;

/// <summary>A check over a fine-tune's eval results. One rule per file in <c>Rules/</c>, named for what it checks.</summary>
internal abstract class EvidenceRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Decides the verdict; a failure reports its finding through <see cref="EvidenceContext.Fail"/>.</summary>
    public abstract EvidenceVerdict Check(EvidenceContext context);
}
