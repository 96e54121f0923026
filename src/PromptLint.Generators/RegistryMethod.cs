using System;

namespace PromptLint.Generators;

/// <summary>
/// A <c>[RuleRegistry] static partial T[] Name();</c> declaration: where it is and what its array holds. The
/// generator implements it with every rule class's descriptor (T is RuleDescriptor) or a new instance of every
/// rule class that derives from T.
/// </summary>
internal sealed class RegistryMethod : IEquatable<RegistryMethod>
{
    public RegistryMethod(string containingNamespace, string containingType, string name, string modifiers, string elementType, bool holdsDescriptors)
    {
        ContainingNamespace = containingNamespace;
        ContainingType = containingType;
        Name = name;
        Modifiers = modifiers;
        ElementType = elementType;
        HoldsDescriptors = holdsDescriptors;
    }

    public string ContainingNamespace { get; }

    public string ContainingType { get; }

    public string Name { get; }

    /// <summary>The method's modifiers as written, e.g. <c>private static partial</c>.</summary>
    public string Modifiers { get; }

    /// <summary>The element type's full name without <c>global::</c>.</summary>
    public string ElementType { get; }

    /// <summary>The array holds descriptors: the catalog. Its class also gets one property per rule.</summary>
    public bool HoldsDescriptors { get; }

    public bool Equals(RegistryMethod? other) =>
        other is not null && ContainingNamespace == other.ContainingNamespace && ContainingType == other.ContainingType
        && Name == other.Name && Modifiers == other.Modifiers && ElementType == other.ElementType && HoldsDescriptors == other.HoldsDescriptors;

    public override bool Equals(object? obj) => Equals(obj as RegistryMethod);

    public override int GetHashCode() => (ContainingType + "." + Name).GetHashCode();
}
