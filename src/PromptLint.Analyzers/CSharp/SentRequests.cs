using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Model;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// PL1005 judged per request sent: a send is instructed only by a system message or instructions on its own path —
/// inside the call, in the messages collection it passes (its declaration, <c>Add</c> calls, assignments), in the
/// options it passes, or on the agent it runs. A system message elsewhere in the method does not instruct it, and
/// an options object built here carries instructions only when they are set on it. What the block cannot see (a
/// parameter, a field, a call's result) may carry instructions and is given the benefit of the doubt.
/// </summary>
internal static class SentRequests
{
    /// <summary>How many local-to-local copies are followed (<c>var a = b;</c>); beyond that the value is unseen.</summary>
    private const int MaxLocalHops = 4;

    private static readonly HashSet<string> AgentFactories = new() { "AsAIAgent", "CreateAIAgent", "BuildAIAgent" };

    /// <summary>For each send that has user text and no instructions on its path, its first constant user message.</summary>
    public static IEnumerable<PromptPiece> Uninstructed(IEnumerable<PromptSite> sends, IReadOnlyList<PromptPiece> pieces)
    {
        foreach (PromptSite send in sends)
        {
            if (send.Operation is not IInvocationOperation invocation || MayBeInstructedElsewhere(invocation, send.Entry))
            {
                continue;
            }

            var paths = MessagePaths(invocation, send.Entry).ToList();
            var attached = pieces.Where(p => p.Site is { } site && (invocation.Syntax.Span.Contains(site.Span) || paths.Any(path => path.Carries(site)))).ToList();
            if (attached.Any(p => p.Role.IsInstruction()))
            {
                continue;
            }

            var users = attached.Where(p => p.Role == MessageRole.User && p.Value is { } value && HasOwnWords(value)).ToList();
            if ((users.FirstOrDefault(p => p.Value!.Holes.Count == 0) ?? users.FirstOrDefault()) is { } user)
            {
                yield return user;
            }
        }
    }

    /// <summary>Written text of its own, not only holes (<c>$"Summarize: {text}"</c> is a request; <c>$"{question}"</c> says nothing).</summary>
    private static bool HasOwnWords(ResolvedString value)
    {
        int holeChars = value.Holes.Sum(h => h.Length);
        return value.Text.Count(char.IsLetter) - holeChars >= MinOwnLetters;
    }

    private const int MinOwnLetters = 8;

    private static bool MayBeInstructedElsewhere(IInvocationOperation invocation, SdkMember entry)
    {
        if (entry.TypeName == SdkCatalog.AgentBaseType)
        {
            return invocation.Instance is null || AgentMayCarryInstructions(invocation.Instance);
        }

        foreach (IArgumentOperation argument in invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue))
        {
            bool isOptions = argument.Parameter?.Name == entry.OptionsParameter;
            if ((isOptions || CarriesMessages(argument.Parameter?.Type)) && !Elements(argument.Value).All(e => BuiltHere(e)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A value this block builds (a creation, a collection, null) or a local every write of which is one.</summary>
    private static bool BuiltHere(IOperation value, int depth = 0)
    {
        value = PromptSites.Unwrap(value);
        if (value is ILocalReferenceOperation { Local: { } local })
        {
            var writes = Writes(local, value).ToList();
            return depth < MaxLocalHops && writes.Count > 0 && writes.All(w => w is not null && BuiltHere(w, depth + 1));
        }

        return value is IObjectCreationOperation or IArrayCreationOperation or ILiteralOperation or IDefaultValueOperation
            || value.Syntax is CollectionExpressionSyntax;
    }

    /// <summary>An agent made here with no instructions and no options is not instructed; any other agent may be.</summary>
    private static bool AgentMayCarryInstructions(IOperation instance, int depth = 0)
    {
        instance = PromptSites.Unwrap(instance);
        if (instance is ILocalReferenceOperation { Local: { } local })
        {
            var writes = Writes(local, instance).ToList();
            return depth >= MaxLocalHops || writes.Count == 0 || writes.Any(w => w is null || AgentMayCarryInstructions(w, depth + 1));
        }

        IEnumerable<IArgumentOperation>? arguments = instance switch
        {
            IInvocationOperation call when AgentFactories.Contains(call.TargetMethod.Name) => call.Arguments,
            IObjectCreationOperation creation when creation.Type?.ToDisplayString() == "Microsoft.Agents.AI.ChatClientAgent" => creation.Arguments,
            _ => null,
        };
        return arguments is null || arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue
            && a.Parameter?.Name is "instructions" or "options" && a.Value.ConstantValue is not { HasValue: true, Value: null });
    }

    /// <summary>The values a local is given in its declaration and by plain assignments (null: one that cannot be read).</summary>
    private static IEnumerable<IOperation?> Writes(ILocalSymbol local, IOperation reference)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            yield return null;
            yield break;
        }

        foreach (ExpressionSyntax value in LocalDefinitions.WrittenValues(declarator, local.Name))
        {
            yield return model.GetOperation(value);
        }
    }

    private static bool CarriesMessages(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        ITypeSymbol element = type is IArrayTypeSymbol array ? array.ElementType
            : type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic ? generic.TypeArguments[0] : type;
        return element.Name.Contains("Message") || element.Name.Contains("ChatHistory") || element.Name.Contains("ResponseItem");
    }

    /// <summary>The locals and fields the send passes as messages or options.</summary>
    private static IEnumerable<MessagePath> MessagePaths(IInvocationOperation invocation, SdkMember entry)
    {
        foreach (IArgumentOperation argument in invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue))
        {
            if (argument.Parameter?.Name != entry.OptionsParameter && !CarriesMessages(argument.Parameter?.Type))
            {
                continue;
            }

            foreach (IOperation element in Elements(argument.Value))
            {
                switch (element)
                {
                    case ILocalReferenceOperation { Local: { } local }:
                        yield return new MessagePath(local.Name, local.DeclaringSyntaxReferences.FirstOrDefault()?.Span);
                        break;
                    case IFieldReferenceOperation { Field: { } field }:
                        yield return new MessagePath(field.Name, null);
                        break;
                }
            }
        }
    }

    /// <summary>The messages of a <c>params</c> array or an array written in the call (<c>CompleteChat(system, user)</c>), else the value itself.</summary>
    private static IEnumerable<IOperation> Elements(IOperation value)
    {
        IOperation unwrapped = PromptSites.Unwrap(value);
        return unwrapped is IArrayCreationOperation { Initializer: { } initializer }
            ? initializer.ElementValues.Select(PromptSites.Unwrap)
            : new[] { unwrapped };
    }

    /// <summary>A named collection or options object: a piece is on it when it is in its declaration, an assignment to it or its members, or a call on it.</summary>
    private readonly record struct MessagePath(string Name, Microsoft.CodeAnalysis.Text.TextSpan? Declaration)
    {
        public bool Carries(SyntaxNode site)
        {
            if (Declaration is { } declaration && declaration.Contains(site.Span))
            {
                return true;
            }

            foreach (SyntaxNode node in site.AncestorsAndSelf())
            {
                if (node is StatementSyntax)
                {
                    return false;
                }

                ExpressionSyntax? target = node switch
                {
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,
                    AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Expression,
                    AssignmentExpressionSyntax { Left: IdentifierNameSyntax id } => id,
                    _ => null,
                };
                if (Named(target) == Name)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? Named(ExpressionSyntax? expression) => expression switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: { } name } => name.Identifier.ValueText,
            _ => null,
        };
    }
}
