using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Datasets;

/// <summary>
/// A check over a fine-tuning dataset that sees one example at a time (so datasets stream) and may report
/// when the file ends. A fresh instance runs per file. One rule per file in <c>Rules/</c>, named for what it checks.
/// </summary>
internal abstract class DatasetRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract bool AppliesTo(DatasetRole role);

    public abstract void Observe(DatasetExample example, long offset, DatasetContext context);

    public virtual void Finish(DatasetContext context)
    {
    }
}
