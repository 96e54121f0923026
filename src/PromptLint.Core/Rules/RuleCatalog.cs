using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>
/// Every rule's descriptor, in ID order. Each rule class declares its own (<c>static readonly RuleDescriptor Rule</c>);
/// the generator (<c>src/PromptLint.Generators</c>) lists them here and adds one property per rule named after its
/// class (<c>RuleCatalog.TooFewExamples</c>). Docs (rules/PLxxxx.md, the README tables), the CLI's <c>rules</c>
/// command, the SARIF rule list, the config schema and every host read from here; tests check they agree.
/// </summary>
public static partial class RuleCatalog
{
    public static IReadOnlyList<RuleDescriptor> All { get; } = DeclaredRules().OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

    public static RuleDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, System.StringComparison.OrdinalIgnoreCase));

    [RuleRegistry]
    private static partial RuleDescriptor[] DeclaredRules();
}
