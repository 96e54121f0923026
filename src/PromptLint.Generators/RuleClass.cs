using System;

namespace PromptLint.Generators;

/// <summary>
/// A class that declares <c>static readonly RuleDescriptor Rule</c>: its name, its full name and the full names of
/// its base classes (joined, so the record compares by value and the incremental pipeline can cache it).
/// </summary>
internal sealed class RuleClass : IEquatable<RuleClass>
{
    public RuleClass(string name, string fullName, string baseTypes, bool instantiable)
    {
        Name = name;
        FullName = fullName;
        BaseTypes = baseTypes;
        Instantiable = instantiable;
    }

    /// <summary>The class name; the catalog's property for the rule has the same name.</summary>
    public string Name { get; }

    /// <summary>The name to emit, with <c>global::</c>.</summary>
    public string FullName { get; }

    /// <summary>Every base class's full name (without <c>global::</c>), each between '|' characters.</summary>
    public string BaseTypes { get; }

    /// <summary>Not static, not abstract, with a parameterless constructor: a registry can hold a new instance.</summary>
    public bool Instantiable { get; }

    public bool DerivesFrom(string fullName) => BaseTypes.IndexOf("|" + fullName + "|", StringComparison.Ordinal) >= 0;

    public bool Equals(RuleClass? other) =>
        other is not null && Name == other.Name && FullName == other.FullName && BaseTypes == other.BaseTypes && Instantiable == other.Instantiable;

    public override bool Equals(object? obj) => Equals(obj as RuleClass);

    public override int GetHashCode() => FullName.GetHashCode();
}
