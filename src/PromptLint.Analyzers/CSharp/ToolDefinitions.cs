using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.Configuration;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Pipeline;
using PromptLint.Settings;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Tool definitions are prompts too: the model picks and calls a tool from its description and its parameters'
/// descriptions. Checks <c>[KernelFunction]</c> methods (PL1006 no description, PL1007 a parameter without one,
/// PL1008 two functions of one plugin class described alike) and <c>AIFunctionFactory.Create</c> calls (PL1006).
/// Registered only when the compilation references Semantic Kernel or Microsoft.Extensions.AI.
/// </summary>
internal static class ToolDefinitions
{
    /// <summary>The tool factory's simple name, for the syntax pre-filter (<see cref="SdkMentions"/>).</summary>
    public const string FactoryName = "AIFunctionFactory";

    /// <summary>Its method: a mention only where the factory is imported with <c>using static</c>.</summary>
    public const string FactoryMethod = "Create";

    private const double NearIdentical = 0.8;

    /// <summary>Parameters the SDK fills itself; the model never sees them.</summary>
    private static readonly HashSet<string> InjectedParameterTypes = new(StringComparer.Ordinal)
    {
        "Kernel", "KernelArguments", "KernelFunction", "CancellationToken", "ILogger", "ILoggerFactory", "IServiceProvider",
        "AIFunctionArguments", "CultureInfo", "IFormatProvider",
    };

    /// <summary>
    /// Registers the plugin check; returns <c>AIFunctionFactory</c> when referenced. Its calls are checked on the
    /// prompt walk of the blocks that pass the syntax pre-filter (<see cref="CheckFactoryCall"/>): an operation action
    /// of its own would make Roslyn build the operation tree of every block in the compilation.
    /// </summary>
    public static INamedTypeSymbol? Register(CompilationStartAnalysisContext context, PromptFilePipeline pipeline)
    {
        INamedTypeSymbol? kernelFunction = SdkSymbols.TypesNamed(context.Compilation, "Microsoft.SemanticKernel.KernelFunctionAttribute").FirstOrDefault();
        if (kernelFunction is not null)
        {
            context.RegisterSymbolAction(c =>
            {
                if (!c.IsGeneratedCode)
                {
                    CheckPlugin(c, kernelFunction, pipeline);
                }
            }, SymbolKind.NamedType);
        }

        return SdkSymbols.TypesNamed(context.Compilation, "Microsoft.Extensions.AI." + FactoryName).FirstOrDefault();
    }

    private static void CheckPlugin(SymbolAnalysisContext context, INamedTypeSymbol kernelFunction, PromptFilePipeline pipeline)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var functions = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, kernelFunction)))
            .ToList();
        if (functions.Count == 0 || Settings(type, pipeline) is not { } settings)
        {
            return;
        }

        var described = new List<(IMethodSymbol Method, string Description, Location Location)>();
        foreach (IMethodSymbol function in functions)
        {
            Location at = function.Locations.FirstOrDefault() ?? Location.None;
            if (Description(function) is { } description)
            {
                described.Add((function, description.Text, description.Location ?? at));
            }
            else
            {
                Report(context.ReportDiagnostic, settings, RuleCatalog.ToolWithoutDescription, at,
                    $"Kernel function '{function.Name}' has no description; add [Description(\"…\")] that says what it does and when to call it.");
            }

            CheckParameters(context.ReportDiagnostic, settings, function.Name, function.Parameters);
        }

        for (int i = 0; i < described.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (Similarity(described[i].Description, described[j].Description) >= NearIdentical)
                {
                    Report(context.ReportDiagnostic, settings, RuleCatalog.ToolDescriptionsNearlyIdentical, described[i].Location,
                        $"'{described[i].Method.Name}' and '{described[j].Method.Name}' of {type.Name} have near-identical descriptions; say what sets them apart so the model can choose.");
                    break;
                }
            }
        }
    }

    /// <summary>PL1006/PL1007 on <c>AIFunctionFactory.Create(…)</c>; any other invocation is ignored.</summary>
    public static void CheckFactoryCall(IInvocationOperation invocation, INamedTypeSymbol factory, LintSettings settings, Action<Diagnostic> report)
    {
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, factory) || invocation.TargetMethod.Name != FactoryMethod)
        {
            return;
        }

        IOperation? description = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "description" && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
        IOperation? options = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name == "AIFunctionFactoryOptions" && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
        if (options is not null && PromptSites.Unwrap(options) is not IObjectCreationOperation)
        {
            return; // options built elsewhere may carry the description
        }

        bool inOptions = options is IObjectCreationOperation { Initializer: { } init }
            && init.Initializers.OfType<ISimpleAssignmentOperation>().Any(a => a.Target is IPropertyReferenceOperation { Property.Name: "Description" } && !IsEmpty(a.Value));
        IMethodSymbol? target = Delegate(invocation);
        bool onMethod = target is not null && Description(target) is not null;
        if ((description is null || IsEmpty(description)) && !inOptions && !onMethod)
        {
            string name = target?.Name ?? "the delegate";
            Report(report, settings, RuleCatalog.ToolWithoutDescription, invocation.Syntax.GetLocation(),
                $"The tool made from {name} has no description; pass description: \"…\" or put [Description(\"…\")] on the method.");
        }

        if (target is not null)
        {
            CheckParameters(report, settings, target.Name, target.Parameters);
        }
    }

    private static void CheckParameters(Action<Diagnostic> report, LintSettings settings, string function, IEnumerable<IParameterSymbol> parameters)
    {
        foreach (IParameterSymbol parameter in parameters)
        {
            if (InjectedParameterTypes.Contains(parameter.Type.Name) || Description(parameter) is not null || parameter.Locations.FirstOrDefault() is not { IsInSource: true } at)
            {
                continue;
            }

            Report(report, settings, RuleCatalog.ToolParameterWithoutDescription, at,
                $"Parameter '{parameter.Name}' of tool '{function}' has no description; add [Description(\"…\")] with what to pass and in which format.");
        }
    }

    /// <summary>The method behind <c>AIFunctionFactory.Create(Method)</c> or a lambda.</summary>
    private static IMethodSymbol? Delegate(IInvocationOperation invocation)
    {
        IOperation? value = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        value = value is null ? null : PromptSites.Unwrap(value);
        return value switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation m } => m.Method,
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation f } => f.Symbol,
            IMethodReferenceOperation m => m.Method,
            IAnonymousFunctionOperation f => f.Symbol,
            _ => null,
        };
    }

    private static (string Text, Location? Location)? Description(ISymbol symbol)
    {
        AttributeData? attribute = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "DescriptionAttribute");
        if (attribute is null || attribute.ConstructorArguments.FirstOrDefault().Value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return (text, attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation());
    }

    private static bool IsEmpty(IOperation value) => value.ConstantValue is { HasValue: true, Value: null } || value.ConstantValue.Value is string s && string.IsNullOrWhiteSpace(s);

    /// <summary>Word-set overlap (Jaccard) of two descriptions, 1.0 when equal ignoring case and punctuation.</summary>
    internal static double Similarity(string a, string b)
    {
        HashSet<string> x = Words(a), y = Words(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        int shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new System.Text.StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    private static LintSettings? Settings(ISymbol symbol, PromptFilePipeline pipeline)
    {
        string path = symbol.Locations.FirstOrDefault()?.SourceTree?.FilePath ?? string.Empty;
        return pipeline.Cascade.HasErrorsFor(path) ? null : pipeline.SettingsFor(path);
    }

    private static void Report(Action<Diagnostic> report, LintSettings settings, RuleDescriptor rule, Location location, string message)
    {
        Severity severity = settings.SeverityOf(rule);
        if (severity != Severity.None)
        {
            report(FindingReporter.At(rule, severity, location, message));
        }
    }
}
