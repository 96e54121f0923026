using System;

namespace PromptLint.Diagnostics;

/// <summary>
/// A rule's option as the rule class declares it: its name in promptlint.yaml (<c>PL2002: { minExamples: 2 }</c>)
/// and its default. Every option is a non-negative integer; the config schema and the parser read them from the
/// descriptor, the rule reads its value with <see cref="Rules.RuleContext.Option(RuleOption)"/>.
/// </summary>
public sealed class RuleOption
{
    internal RuleOption(string name, int defaultValue)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        DefaultValue = defaultValue;
    }

    public string Name { get; }

    public int DefaultValue { get; }

    public override string ToString() => Name + " = " + DefaultValue;
}
