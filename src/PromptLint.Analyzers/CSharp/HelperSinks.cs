using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Model;

namespace PromptLint.Analyzers.CSharp;

/// <summary>A parameter of a method in this compilation that ends up in an SDK prompt argument.</summary>
/// <param name="Whole">The parameter is the whole value (so a caller's constant is the prompt); otherwise it is a part of it (an interpolation hole).</param>
internal readonly record struct SinkParameter(int Ordinal, PromptPart Part, MessageRole? Role, bool Whole, string Path);

/// <summary>
/// Which parameters of a method in this compilation are prompt sinks: <c>CreateAgent(name, instructions)</c> that
/// sets <c>Instructions = instructions</c> makes <c>instructions</c> a system-prompt sink, so each caller's constant
/// argument is linted at the caller. Computed on demand, once per method (cached for the compilation), through at
/// most <see cref="MaxDepth"/> helper levels; a method whose body names no SDK member and calls nothing with a
/// parameter is never bound.
/// </summary>
internal sealed class HelperSinks
{
    // Helper levels 0, 1 and 2: three helper methods between the caller and the SDK call (the README promises three).
    private const int MaxDepth = 2;
    private static readonly IReadOnlyList<SinkParameter> None = new SinkParameter[0];

    private readonly Compilation _compilation;
    private readonly SdkSymbols _sdk;
    // Keyed on the method and the depth it is asked at: a summary cut short at one depth is never reused at another,
    // so the answer does not depend on which method the driver analyzed first.
    private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth), IReadOnlyList<SinkParameter>> _cache = new(MethodAtDepth.Comparer);
    private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth), bool> _mentions = new(MethodAtDepth.Comparer);

    public HelperSinks(Compilation compilation, SdkSymbols sdk)
    {
        _compilation = compilation;
        _sdk = sdk;
    }

    public IReadOnlyList<SinkParameter> For(IMethodSymbol method) => For(method.OriginalDefinition, 0);

    /// <summary>
    /// Without binding any body: false when <see cref="For"/> is sure to find no sink (the same declaration and syntax
    /// checks it starts with), so a caller that only calls such methods need not be analyzed.
    /// </summary>
    public bool MayBeSink(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        return method.DeclaringSyntaxReferences.Length == 1 && method.Parameters.Any(p => IsText(p.Type)) && Mentions(method, 0);
    }

    private IReadOnlyList<SinkParameter> For(IMethodSymbol method, int depth)
    {
        if (depth > MaxDepth || method.DeclaringSyntaxReferences.Length != 1 || method.Parameters.Length == 0
            || !method.Parameters.Any(p => IsText(p.Type)))
        {
            return None;
        }

        // Each level asks for the next depth, so recursion through a cycle ends at MaxDepth.
        return _cache.GetOrAdd((method, depth), key => Compute(key.Method, key.Depth));
    }

    private IReadOnlyList<SinkParameter> Compute(IMethodSymbol method, int depth)
    {
        SyntaxNode? body = BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax());
        if (body is null || !Mentions(method, 0))
        {
            return None;
        }

        SemanticModel model = SemanticModels.For(_compilation, body.SyntaxTree);
        IOperation? operation = model.GetOperation(body);
        if (operation is null)
        {
            return None;
        }

        var sinks = new List<SinkParameter>();
        foreach (IOperation node in operation.DescendantsAndSelf())
        {
            foreach (PromptSite site in PromptSites.Find(node, _sdk))
            {
                if (site.Value is null || !CarriesText(site.Entry.Part))
                {
                    continue;
                }

                MessageRole? role = site.Entry.Part switch
                {
                    PromptPart.System or PromptPart.Template or PromptPart.TemplateYaml => MessageRole.System,
                    PromptPart.User => MessageRole.User,
                    PromptPart.Assistant => MessageRole.Assistant,
                    _ => PromptCollector.RoleOf(site.RoleValue),
                };
                if (role is null)
                {
                    continue;
                }

                AddFlows(sinks, method, site.Value, site.Entry.Part, role.Value, site.Entry.TypeName.Split('.').Last() + "." + site.Entry.Name);
            }

            // A parameter passed on to another helper's sink parameter.
            if (node is IInvocationOperation or IObjectCreationOperation && Target(node) is { } callee && !SymbolEqualityComparer.Default.Equals(callee.OriginalDefinition, method))
            {
                foreach (SinkParameter inner in For(callee.OriginalDefinition, depth + 1))
                {
                    if (PromptSites.Argument(Arguments(node), inner.Ordinal) is { } argument && ParameterOf(argument, method) is { } parameter)
                    {
                        sinks.Add(inner with { Ordinal = parameter.Ordinal, Whole = inner.Whole, Path = callee.Name + " → " + inner.Path });
                    }
                }
            }
        }

        return sinks.Count == 0 ? None : sinks.Distinct().ToList();
    }

    private static void AddFlows(List<SinkParameter> sinks, IMethodSymbol method, IOperation value, PromptPart part, MessageRole role, string path)
    {
        if (ParameterOf(value, method) is { } whole)
        {
            sinks.Add(new SinkParameter(whole.Ordinal, part, role, Whole: true, path));
            return;
        }

        // Holes of an interpolation or concatenation that are parameters.
        foreach (IOperation part2 in PromptSites.Unwrap(value).DescendantsAndSelf())
        {
            if (part2 is IParameterReferenceOperation { Parameter: { } p } && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, method))
            {
                sinks.Add(new SinkParameter(p.Ordinal, part, role, Whole: false, path));
            }
        }
    }

    public static IMethodSymbol? Target(IOperation operation) => operation switch
    {
        IInvocationOperation i => i.TargetMethod,
        IObjectCreationOperation c => c.Constructor,
        _ => null,
    };

    public static IEnumerable<IArgumentOperation> Arguments(IOperation operation) => operation switch
    {
        IInvocationOperation i => i.Arguments,
        IObjectCreationOperation c => c.Arguments,
        _ => Enumerable.Empty<IArgumentOperation>(),
    };

    private static IParameterSymbol? ParameterOf(IOperation value, IMethodSymbol method) =>
        PromptSites.Unwrap(value) is IParameterReferenceOperation { Parameter: { } p } && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, method) ? p : null;

    private static bool CarriesText(PromptPart part) => part is PromptPart.System or PromptPart.User or PromptPart.Assistant or PromptPart.RoleMessage or PromptPart.Template or PromptPart.TemplateYaml;

    private static bool IsText(ITypeSymbol type) => type.SpecialType == SpecialType.System_String || type.Name is "ChatMessageContentPart";

    /// <summary>
    /// A cheap check before binding, on syntax and the declaration table only: the body names an SDK member, or
    /// passes a parameter to a method of this compilation (found by name) whose body does, up to
    /// <see cref="MaxDepth"/> levels. Ordinary methods that pass strings around are never bound a second time.
    /// </summary>
    private bool MentionsCandidate(SyntaxNode body, HashSet<string> parameterNames, int depth)
    {
        List<string>? callees = null;
        foreach (SyntaxNode node in body.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax id && _sdk.MemberNames.Contains(id.Identifier.ValueText))
            {
                return true;
            }

            if (node is ArgumentSyntax { Expression: IdentifierNameSyntax argument, Parent.Parent: { } call } && parameterNames.Contains(argument.Identifier.ValueText))
            {
                if (call is ImplicitObjectCreationExpressionSyntax)
                {
                    return true; // new(text): the type is not written, so it may be an SDK message
                }

                if (CalledName(call) is { } name)
                {
                    (callees ??= new List<string>()).Add(name);
                }
            }
        }

        if (callees is null || depth >= MaxDepth)
        {
            return false;
        }

        foreach (string name in callees.Distinct())
        {
            foreach (IMethodSymbol callee in _compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>())
            {
                if (Mentions(callee, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Memoized per method and depth: many methods of one name (a chain of helpers all called Send) are each scanned once per depth.</summary>
    private bool Mentions(IMethodSymbol method, int depth) => _mentions.GetOrAdd((method, depth), key => CalleeMentionsCandidate(key.Method, key.Depth));

    private bool CalleeMentionsCandidate(IMethodSymbol callee, int depth) =>
        callee.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } declaration
        && BodyOf(declaration) is { } calleeBody
        && MentionsCandidate(calleeBody, new HashSet<string>(callee.Parameters.Where(p => IsText(p.Type)).Select(p => p.Name)), depth);

    private static string? CalledName(SyntaxNode call) => call switch
    {
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax n } => n.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax m } => m.Name.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: GenericNameSyntax g } => g.Identifier.ValueText,
        ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax t } => t.Identifier.ValueText,
        ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax q } => q.Right.Identifier.ValueText,
        _ => null,
    };

    private static SyntaxNode? BodyOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
        LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
        _ => null,
    };
}

/// <summary>Compares (method, depth) keys by symbol identity and depth.</summary>
internal sealed class MethodAtDepth : IEqualityComparer<(IMethodSymbol Method, int Depth)>
{
    public static readonly MethodAtDepth Comparer = new();

    public bool Equals((IMethodSymbol Method, int Depth) x, (IMethodSymbol Method, int Depth) y) =>
        x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

    public int GetHashCode((IMethodSymbol Method, int Depth) key) => SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31 + key.Depth;
}
