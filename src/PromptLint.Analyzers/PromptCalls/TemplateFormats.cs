using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;
using PromptLint.Model;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// The format a Semantic Kernel call renders a template string in, when the code says it completely: the
/// <c>templateFormat</c> argument (left out: "semantic-kernel") and a <c>promptTemplateFactory</c> that supports it —
/// none (Semantic Kernel's own), <c>new KernelPromptTemplateFactory()</c>, <c>new HandlebarsPromptTemplateFactory()</c>
/// or <c>new LiquidPromptTemplateFactory()</c> with no options (options may register helpers that read no variable).
/// The Handlebars and Liquid factories are matched by full type name. Any other factory, format or mismatch: null.
/// </summary>
internal static class TemplateFormats
{
    private const string SemanticKernel = "semantic-kernel";

    /// <summary>The format a call with <c>templateFormat</c> and <c>promptTemplateFactory</c> parameters renders its template string in.</summary>
    public static PromptFormat? OfTextCall(IInvocationOperation call)
    {
        string? format = CodeValues.LeftOut(call, "templateFormat") ? SemanticKernel : CodeValues.Text(CodeValues.Argument(call, "templateFormat"));
        return format is not null && FactoryFormat(call) is { } supported && supported == format ? ToPromptFormat(format) : null;
    }

    /// <summary>The one format the call's <c>promptTemplateFactory</c> renders ("semantic-kernel" when there is none), or null.</summary>
    public static string? FactoryFormat(IInvocationOperation call)
    {
        if (CodeValues.LeftOut(call, "promptTemplateFactory"))
        {
            return SemanticKernel;
        }

        if (CodeValues.Definition(CodeValues.Argument(call, "promptTemplateFactory")) is not IObjectCreationOperation creation
            || creation.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue && PromptSites.Unwrap(a.Value).ConstantValue is not { HasValue: true, Value: null }))
        {
            return null;
        }

        return creation.Type?.ToDisplayString() switch
        {
            "Microsoft.SemanticKernel.KernelPromptTemplateFactory" => SemanticKernel,
            "Microsoft.SemanticKernel.PromptTemplates.Handlebars.HandlebarsPromptTemplateFactory" => "handlebars",
            "Microsoft.SemanticKernel.PromptTemplates.Liquid.LiquidPromptTemplateFactory" => "liquid",
            _ => null,
        };
    }

    private static PromptFormat? ToPromptFormat(string format) => format switch
    {
        SemanticKernel => PromptFormat.SemanticKernelText,
        "handlebars" => PromptFormat.Handlebars,
        "liquid" => PromptFormat.Liquid,
        _ => null,
    };
}
