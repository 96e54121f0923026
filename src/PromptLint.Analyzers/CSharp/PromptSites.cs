using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>One place where code hands a value to an SDK member the catalog knows.</summary>
internal readonly record struct PromptSite(SdkMember Entry, IOperation? Value, IOperation? RoleValue, IOperation Operation);

/// <summary>Matches object creations, invocations and property assignments against the SDK catalog.</summary>
internal static class PromptSites
{
    public static IEnumerable<PromptSite> Find(IOperation operation, SdkSymbols sdk)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                foreach (SdkMember entry in sdk.For(constructor, MemberKind.Constructor))
                {
                    if (entry.ParameterCount >= 0 && constructor.Parameters.Length != entry.ParameterCount)
                    {
                        continue;
                    }

                    yield return new PromptSite(entry, Argument(creation.Arguments, entry), Argument(creation.Arguments, entry.RoleOrdinal), creation);
                }

                foreach (SdkMember entry in sdk.For(constructor, MemberKind.RoleInitializer))
                {
                    var assignments = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().ToList() ?? new List<ISimpleAssignmentOperation>();
                    IOperation? content = assignments.FirstOrDefault(a => a.Target is IPropertyReferenceOperation p && p.Property.Name == entry.Name)?.Value;
                    IOperation? role = assignments.FirstOrDefault(a => a.Target is IPropertyReferenceOperation p && p.Property.Name == entry.RoleProperty)?.Value;
                    yield return new PromptSite(entry, content, role, creation);
                }

                break;
            case IInvocationOperation invocation:
                IMethodSymbol method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
                bool known = false;
                foreach (SdkMember entry in sdk.For(method, MemberKind.Method))
                {
                    known = true;
                    yield return new PromptSite(entry, Argument(invocation.Arguments, entry), null, invocation);
                }

                if (!known && IsAgentFactory(method))
                {
                    yield return new PromptSite(SdkCatalog.AgentFactoryInstructions, Argument(invocation.Arguments, SdkCatalog.AgentFactoryInstructions), null, invocation);
                }

                break;
            case IConversionOperation { OperatorMethod: { } conversionOperator, Operand.Type.SpecialType: SpecialType.System_String } conversion:
                foreach (SdkMember entry in sdk.For(conversionOperator, MemberKind.Conversion))
                {
                    yield return new PromptSite(entry, conversion.Operand, null, conversion);
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                foreach (SdkMember entry in sdk.For(property.Property, MemberKind.Property))
                {
                    yield return new PromptSite(entry, assignment.Value, null, assignment);
                }

                break;
        }
    }

    /// <summary><c>CreateAIAgent(…, instructions: …)</c> of any Agent Framework provider package: named so and returning an agent.</summary>
    private static bool IsAgentFactory(IMethodSymbol method)
    {
        if (method.Name != SdkCatalog.AgentFactoryInstructions.Name || !method.Parameters.Any(p => p.Name == "instructions"))
        {
            return false;
        }

        for (ITypeSymbol? type = method.ReturnType; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == SdkCatalog.AgentBaseType)
            {
                return true;
            }
        }

        return false;
    }

    public static IOperation? Argument(IEnumerable<IArgumentOperation> arguments, SdkMember entry)
    {
        if (entry.ParameterName is { } name)
        {
            return arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
        }

        return Argument(arguments, entry.Ordinal);
    }

    public static IOperation? Argument(IEnumerable<IArgumentOperation> arguments, int ordinal) =>
        ordinal < 0 ? null : arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }
}
