using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptLint.Generators;

/// <summary>
/// A rule is one class: it declares <c>static readonly RuleDescriptor Rule</c>. This generator implements every
/// <c>[RuleRegistry] static partial T[] Name();</c> of the compilation from those classes — the catalog's list of
/// descriptors (plus one property per rule, named after its class) and one registry per check base class — so no
/// list of rules is kept by hand. Names are matched by their simple names, so the generator follows Core's types
/// wherever they move.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RuleRegistryGenerator : IIncrementalGenerator
{
    private const string DescriptorType = "RuleDescriptor";
    private const string DescriptorField = "Rule";
    private const string RegistryAttribute = "RuleRegistry";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<RuleClass>> rules = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is ClassDeclarationSyntax c && DeclaresRule(c), static (ctx, ct) => ToRuleClass(ctx, ct))
            .Where(static r => r is not null)
            .Select(static (r, _) => r!)
            .Collect();
        IncrementalValueProvider<ImmutableArray<RegistryMethod>> registries = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is MethodDeclarationSyntax m && IsRegistry(m), static (ctx, ct) => ToRegistry(ctx, ct))
            .Where(static r => r is not null)
            .Select(static (r, _) => r!)
            .Collect();
        context.RegisterSourceOutput(rules.Combine(registries), static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    private static bool DeclaresRule(ClassDeclarationSyntax declaration) =>
        declaration.Members.OfType<FieldDeclarationSyntax>().Any(field =>
            field.Modifiers.Any(SyntaxKind.StaticKeyword)
            && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)
            && SimpleName(field.Declaration.Type) == DescriptorType
            && field.Declaration.Variables.Any(v => v.Identifier.Text == DescriptorField));

    private static bool IsRegistry(MethodDeclarationSyntax method) =>
        method.Body is null
        && method.ExpressionBody is null
        && method.Modifiers.Any(SyntaxKind.PartialKeyword)
        && method.AttributeLists.SelectMany(list => list.Attributes).Any(a => SimpleName(a.Name) is RegistryAttribute or RegistryAttribute + "Attribute");

    private static string SimpleName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => string.Empty,
    };

    private static RuleClass? ToRuleClass(GeneratorSyntaxContext context, CancellationToken cancellation)
    {
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, cancellation) is not INamedTypeSymbol type || type.ContainingType is not null)
        {
            return null;
        }

        var baseTypes = new StringBuilder("|");
        for (INamedTypeSymbol? at = type.BaseType; at is not null; at = at.BaseType)
        {
            baseTypes.Append(at.ToDisplayString()).Append('|');
        }

        bool instantiable = !type.IsStatic && !type.IsAbstract
            && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility != Accessibility.Private);
        return new RuleClass(type.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), baseTypes.ToString(), instantiable);
    }

    private static RegistryMethod? ToRegistry(GeneratorSyntaxContext context, CancellationToken cancellation)
    {
        var declaration = (MethodDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declaration, cancellation) is not IMethodSymbol method
            || method.ReturnType is not IArrayTypeSymbol { ElementType: INamedTypeSymbol element }
            || method.ContainingType.ContainingType is not null)
        {
            return null;
        }

        string ns = method.ContainingType.ContainingNamespace.IsGlobalNamespace ? string.Empty : method.ContainingType.ContainingNamespace.ToDisplayString();
        return new RegistryMethod(ns, method.ContainingType.Name, method.Name, declaration.Modifiers.ToString(), element.ToDisplayString(), element.Name == DescriptorType);
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<RuleClass> rules, ImmutableArray<RegistryMethod> registries)
    {
        List<RuleClass> ordered = rules.Distinct().OrderBy(r => r.Name, System.StringComparer.Ordinal).ThenBy(r => r.FullName, System.StringComparer.Ordinal).ToList();
        foreach (IGrouping<(string Namespace, string Type), RegistryMethod> type in registries.Distinct().GroupBy(r => (r.ContainingNamespace, r.ContainingType)))
        {
            var source = new StringBuilder();
            source.Append("// <auto-generated>PromptLint.Generators.RuleRegistryGenerator, from the classes that declare static readonly RuleDescriptor Rule.</auto-generated>\n");
            source.Append("#nullable enable\n");
            bool inNamespace = type.Key.Namespace.Length > 0;
            if (inNamespace)
            {
                source.Append("namespace ").Append(type.Key.Namespace).Append("\n{\n");
            }

            source.Append("partial class ").Append(type.Key.Type).Append("\n{\n");
            string separator = string.Empty;
            foreach (RegistryMethod registry in type.OrderBy(r => r.Name, System.StringComparer.Ordinal))
            {
                source.Append(separator);
                AppendRegistry(source, registry, ordered);
                separator = "\n";
            }

            source.Append("}\n");
            if (inNamespace)
            {
                source.Append("}\n");
            }

            output.AddSource(type.Key.Type + ".Rules.g.cs", source.ToString());
        }
    }

    private static void AppendRegistry(StringBuilder source, RegistryMethod registry, List<RuleClass> rules)
    {
        string element = "global::" + registry.ElementType;
        if (registry.HoldsDescriptors)
        {
            foreach (RuleClass rule in rules)
            {
                source.Append("    public static ").Append(element).Append(' ').Append(rule.Name).Append(" => ").Append(rule.FullName).Append('.').Append(DescriptorField).Append(";\n");
            }

            source.Append('\n');
        }

        IEnumerable<string> items = registry.HoldsDescriptors
            ? rules.Select(r => r.FullName + "." + DescriptorField)
            : rules.Where(r => r.Instantiable && r.DerivesFrom(registry.ElementType)).Select(r => "new " + r.FullName + "()");
        source.Append("    ").Append(registry.Modifiers).Append(' ').Append(element).Append("[] ").Append(registry.Name).Append("() => new ").Append(element).Append("[]\n    {\n");
        foreach (string item in items)
        {
            source.Append("        ").Append(item).Append(",\n");
        }

        source.Append("    };\n");
    }
}
