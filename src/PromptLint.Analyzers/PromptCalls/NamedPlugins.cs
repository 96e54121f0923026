using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// The prompt-directory plugin a kernel holds under a name (<c>kernel.InvokeAsync("Plugin", "Function", …)</c>,
/// <c>kernel.Plugins["Plugin"]</c>, <c>kernel.Plugins.GetFunction("Plugin", "Function")</c>): the one
/// <c>kernel.ImportPluginFromPromptDirectory(directory[, "Plugin"])</c> into the same kernel — a local written once
/// or a parameter never reassigned (searched in its method; a primary constructor's parameter in its type
/// declaration), or a <c>readonly</c> field (searched in the type declaration that uses it). The plugin's name is the <c>pluginName</c> argument, else the directory's last folder,
/// as Semantic Kernel names it. An import into that kernel whose name is not known makes the answer unknown (null).
/// </summary>
internal static class NamedPlugins
{
    private const string Import = "ImportPluginFromPromptDirectory";

    public static IInvocationOperation? ImportOf(IOperation? kernel, string pluginName)
    {
        if (kernel is null || Stable(PromptSites.Unwrap(kernel)) is not { } found)
        {
            return null;
        }

        IInvocationOperation? match = null;
        foreach (InvocationExpressionSyntax node in LocalDefinitions.NodesIn(found.Scope).OfType<InvocationExpressionSyntax>())
        {
            if (node.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: Import }
                || found.Model.GetOperation(node) is not IInvocationOperation load
                || !CodeValues.Is(load.TargetMethod, "Microsoft.SemanticKernel.KernelExtensions", Import)
                || !Refers(CodeValues.Argument(load, "kernel"), found.Symbol))
            {
                continue;
            }

            string? name = NameOf(load);
            if (name is null || (string.Equals(name, pluginName, StringComparison.OrdinalIgnoreCase) && match is not null && !SameDirectory(match, load)))
            {
                return null; // a plugin of unknown name, or the name given to two directories: not known which one is called
            }

            if (string.Equals(name, pluginName, StringComparison.OrdinalIgnoreCase))
            {
                match ??= load;
            }
        }

        return match;
    }

    /// <summary>Two imports of the same project directory with the default template factory (the methods that import it alike).</summary>
    private static bool SameDirectory(IInvocationOperation first, IInvocationOperation second) =>
        CodeValues.LeftOut(first, "promptTemplateFactory") && CodeValues.LeftOut(second, "promptTemplateFactory")
        && CodeValues.ProjectPath(CodeValues.Argument(first, "pluginDirectory")) is { } directory
        && string.Equals(directory, CodeValues.ProjectPath(CodeValues.Argument(second, "pluginDirectory")), StringComparison.OrdinalIgnoreCase);

    /// <summary>The plugin's name: the <c>pluginName</c> argument when given, else the directory's last folder.</summary>
    private static string? NameOf(IInvocationOperation load)
    {
        if (!CodeValues.LeftOut(load, "pluginName"))
        {
            return CodeValues.Text(CodeValues.Argument(load, "pluginName"));
        }

        string? directory = CodeValues.ProjectPath(CodeValues.Argument(load, "pluginDirectory"));
        return directory?.Substring(directory.LastIndexOf('/') + 1);
    }

    /// <summary>The kernel's symbol and where its imports are searched, when it is one object throughout that place.</summary>
    private static (ISymbol Symbol, SyntaxNode Scope, SemanticModel Model)? Stable(IOperation kernel)
    {
        if (kernel.SemanticModel is not { } model)
        {
            return null;
        }

        switch (kernel)
        {
            case ILocalReferenceOperation { Local: { } local } when CodeValues.Definition(kernel) is not null
                && local.DeclaringSyntaxReferences[0].GetSyntax() is { } declarator && LocalDefinitions.ScopeOf(declarator) is { } scope:
                return (local, scope, model);
            case IParameterReferenceOperation { Parameter: { } parameter }
                when parameter.ContainingSymbol.DeclaringSyntaxReferences.Length == 1
                && parameter.ContainingSymbol.DeclaringSyntaxReferences[0].GetSyntax() is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or TypeDeclarationSyntax
                && parameter.ContainingSymbol.DeclaringSyntaxReferences[0].GetSyntax() is { } method
                && method.SyntaxTree == kernel.Syntax.SyntaxTree && !Assigned(method, parameter.Name):
                return (parameter, method, model);
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field, Instance: null or IInstanceReferenceOperation }
                when kernel.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
                && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(type), field.ContainingType):
                return (field, type, model);
            default:
                return null;
        }
    }

    private static bool Assigned(SyntaxNode scope, string name) => scope.DescendantNodes().OfType<AssignmentExpressionSyntax>()
        .Any(a => a.Left is IdentifierNameSyntax id && id.Identifier.ValueText == name);

    private static bool Refers(IOperation? value, ISymbol symbol) => (value is null ? null : PromptSites.Unwrap(value)) switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => SymbolEqualityComparer.Default.Equals(field.Field, symbol),
        _ => false,
    };
}
