using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>One name a <c>KernelArguments</c> sets, where it is written.</summary>
internal sealed record ArgumentKey(string Name, Location Location);

/// <summary>The names a call's <c>KernelArguments</c> certainly holds, all of them, and where it is created.</summary>
internal sealed record KnownArguments(Location Creation, IReadOnlyList<ArgumentKey> Keys);

/// <summary>
/// Reads the names of a <c>KernelArguments</c> when every one is known: a <c>new KernelArguments { ["a"] = x }</c> or
/// <c>new() { { "a", x } }</c> passed at the call, or a local created so and then only given more constant names
/// (<c>args["b"] = y</c>, <c>args.Add("b", y)</c>) and passed to this one call. A name that is not a known string, a
/// dictionary handed to the constructor, or any other use of the local makes the names unknown (null): no finding
/// is better than one built on a guess.
/// </summary>
internal static class KernelArgumentKeys
{
    public const string TypeName = "Microsoft.SemanticKernel.KernelArguments";

    public static KnownArguments? Read(IOperation value, IInvocationOperation call)
    {
        value = PromptSites.Unwrap(value);
        return value switch
        {
            IObjectCreationOperation creation => FromCreation(creation),
            ILocalReferenceOperation local => FromLocal(local, call),
            _ => null,
        };
    }

    private static KnownArguments? FromCreation(IObjectCreationOperation creation)
    {
        if (creation.Type?.ToDisplayString() != TypeName
            || creation.Constructor is null || creation.Constructor.Parameters.Any(p => !p.Type.ToDisplayString().Contains("PromptExecutionSettings")))
        {
            return null;
        }

        var keys = new List<ArgumentKey>();
        foreach (IOperation initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: { Length: 1 } index } }:
                    if (!Add(keys, index[0].Value))
                    {
                        return null;
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments: { Length: 2 } add }:
                    if (!Add(keys, add[0].Value))
                    {
                        return null;
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "ExecutionSettings", IsIndexer: false } } }:
                    break;
                default:
                    return null;
            }
        }

        return new KnownArguments(creation.Syntax.GetLocation(), keys);
    }

    private static KnownArguments? FromLocal(ILocalReferenceOperation reference, IInvocationOperation call)
    {
        ILocalSymbol local = reference.Local;
        if (reference.SemanticModel is not { } model || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || LocalDefinitions.ScopeOf(declarator) is not { } scope
            || model.GetOperation(initializer.Value) is not { } initial
            || PromptSites.Unwrap(initial) is not IObjectCreationOperation creation
            || FromCreation(creation) is not { } created)
        {
            return null;
        }

        var keys = new List<ArgumentKey>(created.Keys);
        int usesByCalls = 0;
        foreach (IdentifierNameSyntax use in LocalDefinitions.NodesIn(scope).OfType<IdentifierNameSyntax>().Where(id => id.Identifier.ValueText == local.Name))
        {
            if (call.Syntax.Span.Contains(use.Span))
            {
                usesByCalls++;
            }
            else if (!AddsKnownKey(use, model, keys))
            {
                return null; // passed elsewhere, reassigned, read: its names are not only these
            }
        }

        return usesByCalls == 1 ? new KnownArguments(created.Creation, keys) : null;
    }

    /// <summary><c>args["k"] = v</c>, <c>args.Add("k", v)</c> with a known name, or <c>args.ExecutionSettings = …</c>.</summary>
    private static bool AddsKnownKey(IdentifierNameSyntax use, SemanticModel model, List<ArgumentKey> keys) => use.Parent switch
    {
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } index, Parent: AssignmentExpressionSyntax assignment } access when assignment.Left == access =>
            Add(keys, model.GetOperation(index[0].Expression)),
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Parent: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } add } } =>
            Add(keys, model.GetOperation(add[0].Expression)),
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ExecutionSettings" } => true,
        _ => false,
    };

    private static bool Add(List<ArgumentKey> keys, IOperation? name)
    {
        if (CodeValues.Text(name) is not { } text)
        {
            return false;
        }

        keys.Add(new ArgumentKey(text, name!.Syntax.GetLocation()));
        return true;
    }
}
