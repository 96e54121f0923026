using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PromptLint.Analyzers.CSharp;

/// <summary>The catalog's types that this compilation references, looked up once at compilation start.</summary>
internal sealed class SdkSymbols
{
    private readonly Dictionary<INamedTypeSymbol, List<SdkMember>> _byType;

    private SdkSymbols(Dictionary<INamedTypeSymbol, List<SdkMember>> byType)
    {
        _byType = byType;
        MemberNames = new HashSet<string>(byType.SelectMany(t => t.Value.Select(m => m.Name).Append(t.Key.Name))
            .Append(SdkCatalog.AgentFactoryInstructions.Name).Where(n => n != ".ctor"));
    }

    /// <summary>Simple names of the catalog's members and types (and the agent factories matched by name), for cheap syntax pre-checks.</summary>
    public HashSet<string> MemberNames { get; }

    /// <summary>Null when the compilation references no known LLM SDK: then no C# analysis is registered.</summary>
    public static SdkSymbols? Create(Compilation compilation)
    {
        var byType = new Dictionary<INamedTypeSymbol, List<SdkMember>>(SymbolEqualityComparer.Default);
        foreach (var group in SdkCatalog.Members.GroupBy(m => m.TypeName))
        {
            foreach (INamedTypeSymbol type in TypesNamed(compilation, group.Key))
            {
                byType[type] = group.ToList();
            }
        }

        return byType.Count == 0 ? null : new SdkSymbols(byType);
    }

    /// <summary>
    /// Every type with this metadata name in the compilation and its references. Microsoft.Agents.AI declares a
    /// <c>Microsoft.Extensions.AI.ChatClientExtensions</c> of its own beside Microsoft.Extensions.AI's, and
    /// <c>GetTypeByMetadataName</c> answers null when two assemblies declare one name; each declaration is kept.
    /// </summary>
    internal static IEnumerable<INamedTypeSymbol> TypesNamed(Compilation compilation, string metadataName) =>
        compilation.GetTypesByMetadataName(metadataName);

    /// <summary>Catalog entries for a member, searching the type it is declared on and the members it overrides.</summary>
    public IEnumerable<SdkMember> For(ISymbol member, MemberKind kind)
    {
        for (ISymbol? current = member; current is not null; current = Overridden(current))
        {
            if (current.ContainingType?.OriginalDefinition is { } type && _byType.TryGetValue(type, out List<SdkMember>? members))
            {
                foreach (SdkMember entry in members)
                {
                    if (entry.Kind == kind && (kind is MemberKind.Constructor or MemberKind.RoleInitializer || entry.Name == current.Name))
                    {
                        yield return entry;
                    }
                }
            }
        }
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol m => m.OverriddenMethod,
        IPropertySymbol p => p.OverriddenProperty,
        _ => null,
    };
}
