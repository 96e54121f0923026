using System.Linq;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>
/// The checks each host runs, in ID order: one registry per kind of check, filled by the generator
/// (<c>src/PromptLint.Generators</c>) with every rule class of that kind. Input problems (PL0xxx, PL5001) come
/// from the readers and have descriptor-only classes.
/// </summary>
internal static partial class RuleSet
{
    /// <summary>Checks over a prompt document.</summary>
    public static readonly PromptRule[] All = InIdOrder(NewPromptRules(), r => r.Descriptor);

    /// <summary>Checks over a fine-tune's eval result files (issue #11).</summary>
    public static readonly EvidenceRule[] Evidence = InIdOrder(NewEvidenceRules(), r => r.Descriptor);

    /// <summary>Fresh dataset checks for one file: they keep state while the file streams past.</summary>
    public static DatasetRule[] CreateDatasetRules() => InIdOrder(NewDatasetRules(), r => r.Descriptor);

    [RuleRegistry]
    private static partial PromptRule[] NewPromptRules();

    [RuleRegistry]
    private static partial EvidenceRule[] NewEvidenceRules();

    [RuleRegistry]
    private static partial DatasetRule[] NewDatasetRules();

    private static T[] InIdOrder<T>(T[] rules, System.Func<T, RuleDescriptor> descriptor) =>
        rules.OrderBy(r => descriptor(r).Id, System.StringComparer.Ordinal).ToArray();
}
