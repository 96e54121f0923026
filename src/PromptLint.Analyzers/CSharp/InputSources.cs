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
        /// <summary>Typed by whoever runs the program: <c>Console.ReadLine()</c>, the entry point's <c>args</c>.</summary>
        UserInput,
        Environment,
        Network,
    }

    public static string Describe(Kind kind) => kind switch
    {
        Kind.Request => "request data",
        Kind.Storage => "data read from a file or database",
        Kind.UserInput => "text typed by the user (console input or a command-line argument)",
        Kind.Environment => "an environment variable",
        Kind.Network => "data read from the network",
        Kind.Parameter => "a parameter",
        _ => "a local value",
    };

    /// <summary>Sources a person other than the developer controls; as the whole system prompt they are PL5004 at once.</summary>
    public static bool IsUntrustedWhole(Kind kind) => kind is Kind.Request or Kind.UserInput;

    /// <summary>Sources named in a finding's message when they fill a hole (more than "a parameter").</summary>
    public static bool IsNamedSource(Kind kind) => kind is Kind.Request or Kind.Storage or Kind.UserInput or Kind.Environment or Kind.Network;

    public static Kind Classify(IOperation expression) => Classify(expression, 0, new Steps());

    /// <summary>How many operations one classification may look at (locals copied from locals fan out).</summary>
    private sealed class Steps
    {
        public int Left = 512;
    }

    private static Kind Classify(IOperation? current, int depth, Steps steps)
    {
        bool sawInvocationOnInput = false;
        for (int i = 0; current is not null && i < MaxDepth && depth < MaxDepth && steps.Left-- > 0; i++)
        {
            if (IsRequestType(current.Type))
            {
                return Kind.Request;
            }

            switch (current)
            {
                case IParameterReferenceOperation { Parameter: { } parameter }:
                    if (IsEntryPointArgs(parameter))
                    {
                        return Kind.UserInput;
                    }

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
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    Kind whenTrue = Classify(conditional.WhenTrue, depth + 1, steps), otherwise = Classify(whenFalse, depth + 1, steps);
                    return Rank(whenTrue) >= Rank(otherwise) ? whenTrue : otherwise; // args.Length > 0 ? args[0] : "student"
                case ICoalesceOperation coalesce:
                    current = coalesce.Value; // Console.ReadLine() ?? ""
                    continue;
                case IArrayElementReferenceOperation element:
                    current = element.ArrayReference; // args[0]
                    continue;
                case IInvocationOperation invocation:
                    if (ExternalRead(invocation.TargetMethod) is { } read)
                    {
                        return read;
                    }

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

                    // var note = Request.Form["note"]; string q; q = Console.ReadLine(); → the most outside-controlled of its writes.
                    Kind written = WrittenFrom(local, current, depth, steps);
                    return written == Kind.Parameter ? Kind.Local : written;
                default:
                    return Kind.Local;
            }
        }

        return Kind.Local;
    }

    private static Kind WrittenFrom(ILocalSymbol local, IOperation reference, int depth, Steps steps)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return Kind.Local;
        }

        Kind worst = Kind.Local;
        foreach (ExpressionSyntax value in LocalDefinitions.WrittenValues(declarator, local.Name).Take(MaxWrites))
        {
            Kind kind = model.GetOperation(value) is { } operation ? Classify(operation, depth + 1, steps) : Kind.Local;
            if (Rank(kind) > Rank(worst))
            {
                worst = kind;
            }
        }

        return worst;
    }

    private const int MaxWrites = 16;

    private static int Rank(Kind kind) => kind switch
    {
        Kind.Local => 0,
        Kind.Parameter => 1,
        Kind.Environment => 2,
        Kind.Storage => 3,
        Kind.Network => 4,
        _ => 5,
    };

    /// <summary><c>args</c> of <c>Main</c> or of top-level statements.</summary>
    private static bool IsEntryPointArgs(IParameterSymbol parameter) =>
        parameter.Name == "args" && parameter.ContainingSymbol is IMethodSymbol { Name: "Main" or "<Main>$", IsStatic: true } && parameter.Type is IArrayTypeSymbol;

    /// <summary>Console input, environment variables and network reads.</summary>
    private static Kind? ExternalRead(IMethodSymbol method) => (method.ContainingType?.ToDisplayString(), method.Name) switch
    {
        ("System.Console", "ReadLine" or "Read") => Kind.UserInput,
        ("System.Environment", "GetEnvironmentVariable" or "GetCommandLineArgs") => method.Name == "GetCommandLineArgs" ? Kind.UserInput : Kind.Environment,
        ("System.Net.Http.HttpClient", _) when method.Name.StartsWith("Get", StringComparison.Ordinal) || method.Name.StartsWith("Send", StringComparison.Ordinal) => Kind.Network,
        ("System.Net.Http.HttpContent", _) when method.Name.StartsWith("ReadAs", StringComparison.Ordinal) => Kind.Network,
        ("System.Net.Http.Json.HttpClientJsonExtensions" or "System.Net.Http.Json.HttpContentJsonExtensions", _) => Kind.Network,
        ("System.Net.WebClient", _) when method.Name.StartsWith("Download", StringComparison.Ordinal) => Kind.Network,
        _ => null,
    };

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
