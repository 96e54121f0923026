using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Where a value interpolated into a prompt comes from, for PL5004: from outside the method (a parameter, a member
/// of one), from an HTTP request (<c>HttpRequest</c>, <c>IFormCollection</c>, <c>[FromBody]</c>/<c>[FromQuery]</c>/…
/// parameters), from storage (a file or database read), or computed locally. A value whose name says it is the
/// instructions themselves (<c>systemPrompt</c>, <c>instructions</c>, <c>persona</c>) is trusted prompt text.
/// </summary>
internal static class InputSources
{
    private const int MaxDepth = 8;

    public enum Kind
    {
        Local,
        Parameter,
        Request,
        Storage,
    }

    public static string Describe(Kind kind) => kind switch
    {
        Kind.Request => "request data",
        Kind.Storage => "data read from a file or database",
        Kind.Parameter => "a parameter",
        _ => "a local value",
    };

    public static Kind Classify(IOperation expression) => Classify(expression, 0);

    private static Kind Classify(IOperation? current, int depth)
    {
        bool sawInvocationOnInput = false;
        for (int i = 0; current is not null && i < MaxDepth && depth < MaxDepth; i++)
        {
            if (IsRequestType(current.Type))
            {
                return Kind.Request;
            }

            switch (current)
            {
                case IParameterReferenceOperation { Parameter: { } parameter }:
                    if (IsRequestType(parameter.Type) || parameter.GetAttributes().Any(a => a.AttributeClass?.Name is "FromBodyAttribute" or "FromQueryAttribute" or "FromFormAttribute" or "FromHeaderAttribute" or "FromRouteAttribute"))
                    {
                        return Kind.Request;
                    }

                    return IsInstructionName(parameter.Name) && !sawInvocationOnInput ? Kind.Local : Kind.Parameter;
                case IConversionOperation c:
                    current = c.Operand;
                    continue;
                case IAwaitOperation a:
                    current = a.Operation;
                    continue;
                case IInvocationOperation invocation:
                    if (IsStorageRead(invocation.TargetMethod))
                    {
                        return Kind.Storage;
                    }

                    if (invocation.TargetMethod.Name is "ReadFromJsonAsync" or "ReadFormAsync")
                    {
                        return Kind.Request;
                    }

                    sawInvocationOnInput = true;
                    current = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod ? invocation.Arguments.FirstOrDefault()?.Value : null);
                    continue;
                case IPropertyReferenceOperation { Instance: { } instance } property:
                    if (IsRequestType(instance.Type))
                    {
                        return Kind.Request;
                    }

                    if (property.Property.IsIndexer && IsStorageType(instance.Type))
                    {
                        return Kind.Storage;
                    }

                    current = instance;
                    continue;
                case IMemberReferenceOperation { Instance: { } instance }:
                    current = instance;
                    continue;
                case ILocalReferenceOperation { Local: { } local }:
                    if (IsInstructionName(local.Name))
                    {
                        return Kind.Local;
                    }

                    // var note = Request.Form["note"]; → follow a single initializer one step.
                    if (local.DeclaringSyntaxReferences.Length == 1 && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
                        && current.SemanticModel?.GetOperation(value) is { } initializer)
                    {
                        Kind kind = Classify(initializer, depth + 1);
                        return kind == Kind.Parameter ? Kind.Local : kind;
                    }

                    return Kind.Local;
                default:
                    return Kind.Local;
            }
        }

        return Kind.Local;
    }

    /// <summary>The trusted instructions themselves, by name (a user's prompt is not: <c>userPrompt</c>).</summary>
    public static bool IsInstructionName(string name)
    {
        string lower = name.ToLowerInvariant();
        return !lower.Contains("user") && (lower.Contains("instruction") || lower.Contains("systemprompt") || lower.Contains("systemmessage") || lower.Contains("persona") || lower == "system");
    }

    private static bool IsRequestType(ITypeSymbol? type) =>
        type is not null && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Http"
        && type.Name is "HttpRequest" or "IFormCollection" or "IQueryCollection" or "IHeaderDictionary" or "IFormFile";

    private static bool IsStorageType(ITypeSymbol? type)
    {
        for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            if (t.Name is "DbDataReader" or "IDataRecord" or "IDataReader" || t.AllInterfaces.Any(i => i.Name == "IDataRecord"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStorageRead(IMethodSymbol method)
    {
        string? type = method.ContainingType?.ToDisplayString();
        return type switch
        {
            "System.IO.File" => method.Name.StartsWith("ReadAll", StringComparison.Ordinal) || method.Name.StartsWith("ReadLines", StringComparison.Ordinal),
            "System.IO.TextReader" or "System.IO.StreamReader" or "System.IO.StringReader" => method.Name.StartsWith("Read", StringComparison.Ordinal),
            _ => method.Name is "GetString" or "GetFieldValue" or "GetValue" or "ExecuteScalar" or "ExecuteScalarAsync" && IsStorageType(method.ContainingType),
        };
    }
}
