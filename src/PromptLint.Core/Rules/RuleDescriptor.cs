using System;
using System.Collections.Generic;

namespace PromptLint.Rules;

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

/// <summary>Everything a host needs to describe a rule: ID, title, default severity, help link, options.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string title, Severity defaultSeverity, string description, IReadOnlyDictionary<string, int> options)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Options = options;
        HelpLink = RepositoryLinks.Current.RulePage(id);
        Category = (RuleCategory)(id[2] - '0');
    }

    /// <summary>The rule ID, e.g. <c>PL1001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title in sentence case with no final period.</summary>
    public string Title { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>One paragraph: what the rule flags and why.</summary>
    public string Description { get; }

    /// <summary>The rule's page on the project's home, or null while the build names none (<see cref="RepositoryLinks"/>).</summary>
    public string? HelpLink { get; }

    public RuleCategory Category { get; }

    /// <summary>Numeric options and their defaults (e.g. <c>minExamples = 3</c>).</summary>
    public IReadOnlyDictionary<string, int> Options { get; }

    public override string ToString() => Id + " " + Title;
}

internal static class RuleOptions
{
    public static readonly IReadOnlyDictionary<string, int> None = new Dictionary<string, int>(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, int> Of(string name, int defaultValue) =>
        new Dictionary<string, int>(StringComparer.Ordinal) { [name] = defaultValue };

    public static IReadOnlyDictionary<string, int> Of(params (string Name, int DefaultValue)[] options)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in options)
        {
            result[name] = value;
        }

        return result;
    }
}
