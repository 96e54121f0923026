using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>A check over a <see cref="PromptDocument"/>. One rule per file, named for what it checks.</summary>
internal abstract class PromptRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(PromptDocument document, RuleContext context);
}
