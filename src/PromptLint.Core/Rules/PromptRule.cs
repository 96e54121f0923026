using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>A check over a <see cref="PromptDocument"/>. One rule per file, named for what it checks.</summary>
internal abstract class PromptRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Whether the rule needs the file's metadata to be parsed. When front matter or structure is malformed
    /// (PL0014), such rules would judge a prompt without its declared inputs and outputs, so they are skipped.
    /// </summary>
    public virtual bool NeedsWellFormedMetadata => true;

    public abstract void Analyze(PromptDocument document, RuleContext context);
}
