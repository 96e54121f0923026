using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// The syntax pre-filter in front of operation analysis: can this code block reach an SDK member the catalog
/// knows? Decided from the block's syntax and the declaration table, without binding it; only blocks that pass
/// ask Roslyn for their operation tree. A block passes when it
/// <list type="bullet">
/// <item>names a catalog type or member (<see cref="SdkSymbols.MemberNames"/>), or a <c>using</c> alias of one;</item>
/// <item>creates an object with a target-typed <c>new(…)</c> (the type is not written, so it may be an SDK message);</item>
/// <item>calls a method or constructor of this compilation that may pass a parameter on to the SDK
/// (<see cref="HelperSinks.MayBeSink"/>), found by the called name — also a collection initializer's <c>Add</c>
/// and <c>base(…)</c>/<c>this(…)</c>.</item>
/// </list>
/// Left out on purpose: OpenAI's implicit <c>string → ChatMessage</c> conversion. On its own it makes only a user
/// turn, and a user turn is reported only beside a system prompt or a send in the same block, which are named.
/// </summary>
internal sealed class SdkMentions
{
    private const string CollectionAdd = "Add";

    private readonly Compilation _compilation;
    private readonly HelperSinks _helpers;
    private readonly HashSet<string> _names;
    private readonly Dictionary<string, string> _aliasTargets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _helperMethods = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _helperTypes = new(StringComparer.Ordinal);

    /// <param name="names">Simple names that reach the SDK where they are written.</param>
    /// <param name="staticImports">Members that count only where their type is imported with <c>using static</c>
    /// (their name alone is too common to read as a mention), keyed by the type's simple name.</param>
    public SdkMentions(Compilation compilation, HelperSinks helpers, IEnumerable<string> names, IReadOnlyDictionary<string, string> staticImports)
    {
        _compilation = compilation;
        _helpers = helpers;
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (UsingDirectiveSyntax directive in compilation.SyntaxTrees.SelectMany(t => Usings(t.GetRoot())))
        {
            AddUsing(directive, staticImports);
        }
    }

    /// <summary>Whether the code block may reach the SDK; false means its operations cannot give a finding.</summary>
    public bool InBlock(SyntaxNode block, ISymbol owner) =>
        CodeBlocks.Executable(block, owner).Any(code => code.DescendantNodesAndSelf().Any(node => Reaches(node, owner)));

    private bool Reaches(SyntaxNode node, ISymbol owner) => node switch
    {
        SimpleNameSyntax name => _names.Contains(name.Identifier.ValueText),
        ImplicitObjectCreationExpressionSyntax creation => creation.ArgumentList.Arguments.Count > 0,
        // No argument count here: an extension method's receiver is its first argument.
        InvocationExpressionSyntax call => CalledName(call.Expression) is { } method && IsHelperMethod(method),
        ObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments.Count > 0 && TypeName(creation.Type) is { } type && IsHelperType(type),
        InitializerExpressionSyntax initializer => initializer.IsKind(SyntaxKind.CollectionInitializerExpression) && IsHelperMethod(CollectionAdd),
        CollectionExpressionSyntax collection => collection.Elements.Count > 0 && IsHelperMethod(CollectionAdd),
        ConstructorInitializerSyntax initializer => initializer.ArgumentList.Arguments.Count > 0
            && HasHelperConstructor(initializer.IsKind(SyntaxKind.ThisConstructorInitializer) ? owner.ContainingType : owner.ContainingType?.BaseType),
        PrimaryConstructorBaseTypeSyntax baseType => baseType.ArgumentList.Arguments.Count > 0 && HasHelperConstructor(owner.ContainingType?.BaseType),
        _ => false,
    };

    private bool IsHelperMethod(string name) => _helperMethods.GetOrAdd(name, n =>
        _compilation.GetSymbolsWithName(n, SymbolFilter.Member).OfType<IMethodSymbol>().Any(_helpers.MayBeSink));

    private bool IsHelperType(string name) => _helperTypes.GetOrAdd(name, n =>
        _compilation.GetSymbolsWithName(n, SymbolFilter.Type).OfType<INamedTypeSymbol>().Any(HasHelperConstructor));

    private bool HasHelperConstructor(INamedTypeSymbol? type) => type is not null && type.InstanceConstructors.Any(_helpers.MayBeSink);

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private string? TypeName(TypeSyntax type)
    {
        string? name = type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };
        return name is not null && _aliasTargets.TryGetValue(name, out string? target) ? target : name;
    }

    /// <summary><c>using X = …;</c> of an SDK name makes <c>X</c> one; <c>using static</c> brings in the members listed for its type.</summary>
    private void AddUsing(UsingDirectiveSyntax directive, IReadOnlyDictionary<string, string> staticImports)
    {
        var targetNames = directive.NamespaceOrType.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Select(n => n.Identifier.ValueText).ToList();
        if (directive.Alias is { } alias)
        {
            string aliasName = alias.Name.Identifier.ValueText;
            if (targetNames.Any(_names.Contains))
            {
                _names.Add(aliasName);
            }

            if (targetNames.Count > 0)
            {
                _aliasTargets[aliasName] = targetNames[targetNames.Count - 1];
            }
        }
        else if (!directive.StaticKeyword.IsKind(SyntaxKind.None) && targetNames.Count > 0 && staticImports.TryGetValue(targetNames[targetNames.Count - 1], out string? member))
        {
            _names.Add(member);
        }
    }

    private static IEnumerable<UsingDirectiveSyntax> Usings(SyntaxNode root) => root switch
    {
        CompilationUnitSyntax unit => unit.Usings.Concat(unit.Members.SelectMany(Usings)),
        BaseNamespaceDeclarationSyntax ns => ns.Usings.Concat(ns.Members.SelectMany(Usings)),
        _ => Enumerable.Empty<UsingDirectiveSyntax>(),
    };
}
