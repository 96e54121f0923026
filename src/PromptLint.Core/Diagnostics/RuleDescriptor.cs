using System;
using System.Collections.Generic;

namespace PromptLint.Diagnostics;

/// <summary>The rung of the prompt → few-shot → retrieval → fine-tune ladder (or other area) a rule belongs to.</summary>
public enum RuleCategory
{
    Input = 0,
    Instructions = 1,
    Examples = 2,
    Retrieval = 3,
    FineTuning = 4,
    Templates = 5,
    Size = 6,
    Security = 7,
}

/// <summary>
/// Everything a host needs to describe a rule: ID, title, default severity, where it applies, help link, options.
/// Each rule class declares its own as <c>static readonly RuleDescriptor Rule</c>; <see cref="Rules.RuleCatalog"/> lists them.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string title, Severity defaultSeverity, RuleScope appliesTo, string description, params RuleOption[] options)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        AppliesTo = appliesTo;
        Description = description;
        Options = OptionsByName(id, options);
        HelpLink = RepositoryLinks.Current.RulePage(id);
        Category = (RuleCategory)(id[2] - '0');
    }

    /// <summary>The rule ID, e.g. <c>PL1001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title in sentence case with no final period.</summary>
    public string Title { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>Where the rule applies: prompt files, C# code, datasets, eval evidence, configuration.</summary>
    public RuleScope AppliesTo { get; }

    /// <summary>One paragraph: what the rule flags and why.</summary>
    public string Description { get; }

    /// <summary>The rule's page on the project's home, or null while the build names none (<see cref="RepositoryLinks"/>).</summary>
    public string? HelpLink { get; }

    /// <summary>The ladder rung or area, taken from the ID's first digit (PL1xxx rung 1, …, PL0xxx input), so the two cannot disagree.</summary>
    public RuleCategory Category { get; }

    /// <summary>Numeric options and their defaults (e.g. <c>minExamples = 3</c>).</summary>
    public IReadOnlyDictionary<string, int> Options { get; }

    /// <summary>Whether the rule applies in any of <paramref name="scope"/>.</summary>
    public bool AppliesIn(RuleScope scope) => (AppliesTo & scope) != 0;

    public override string ToString() => Id + " " + Title;

    private static IReadOnlyDictionary<string, int> OptionsByName(string id, RuleOption[] options)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (RuleOption option in options)
        {
            // A rule class that declares its descriptor above its options would pass nulls here.
            byName.Add((option ?? throw new ArgumentNullException(nameof(options), id + ": declare options before Rule")).Name, option.DefaultValue);
        }

        return byName;
    }
}
