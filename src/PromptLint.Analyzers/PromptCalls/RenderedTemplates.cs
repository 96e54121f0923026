using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// The template a Semantic Kernel call renders, when the code says which one completely: a prompt function created
/// from a template string, from prompt YAML or Prompty text (in code or read with <c>File.ReadAllText</c> from a
/// project file), from a Prompty file, or taken by constant name from a plugin loaded from a prompt directory.
/// A custom template factory or a template format other than Semantic Kernel's own leaves it unknown (null).
/// </summary>
internal sealed class RenderedTemplates
{
    private const string Sk = "Microsoft.SemanticKernel.";
    private readonly ProjectPromptIndex _index;
    private readonly ConcurrentDictionary<(string Text, PromptFormat Format), TemplateFacts?> _inline = new();

    public RenderedTemplates(ProjectPromptIndex index) => _index = index;

    /// <summary>The template <c>kernel.InvokePromptAsync(template, arguments)</c> renders.</summary>
    public TemplateFacts? OfPromptCall(IInvocationOperation call) =>
        CodeValues.LeftOut(call, "promptConfig") && TemplateFormats.OfTextCall(call) is { } format
            ? FromText(CodeValues.Argument(call, "promptTemplate"), format)
            : null;

    /// <summary>The template of the <c>KernelFunction</c> a value holds.</summary>
    public TemplateFacts? OfFunction(IOperation? function) => CodeValues.Definition(function) switch
    {
        IInvocationOperation creation => OfCreation(creation),
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: { Length: 1 } name, Instance: { } plugin } indexer
            when indexer.Property.ContainingType?.ToDisplayString() == Sk + "KernelPlugin" => OfPluginFunction(plugin, name[0].Value),
        _ => null,
    };

    /// <summary><c>kernel.InvokeAsync("Plugin", "Function", …)</c>: that function of the prompt-directory plugin the kernel imported under that name.</summary>
    public TemplateFacts? OfNamedFunction(IOperation? kernel, IOperation? pluginName, IOperation functionName) =>
        CodeValues.Text(pluginName) is { } plugin && NamedPlugins.ImportOf(kernel, plugin) is { } load ? OfDirectoryFunction(load, functionName) : null;

    private TemplateFacts? OfCreation(IInvocationOperation call)
    {
        IMethodSymbol method = call.TargetMethod;
        if (method.Name == "GetFunction" && CodeValues.Argument(call, "functionName") is { } functionName && KernelOfPlugins(call) is { } kernel)
        {
            return OfNamedFunction(kernel, CodeValues.Argument(call, "pluginName"), functionName);
        }

        if ((CodeValues.Is(method, Sk + "KernelExtensions", "CreateFunctionFromPrompt") || CodeValues.Is(method, Sk + "KernelFunctionFactory", "CreateFromPrompt"))
            && CodeValues.Argument(call, "promptTemplate") is { } promptTemplate)
        {
            return TemplateFormats.OfTextCall(call) is { } format ? FromText(promptTemplate, format) : null;
        }

        if (!CodeValues.LeftOut(call, "promptTemplateFactory", "templateFormat"))
        {
            return null;
        }

        if (CodeValues.Is(method, Sk + "KernelFunctionYaml", "FromPromptYaml") || CodeValues.Is(method, Sk + "PromptYamlKernelExtensions", "CreateFunctionFromPromptYaml"))
        {
            return FromText(CodeValues.Argument(call, "text"), PromptFormat.SemanticKernelYaml);
        }

        if (CodeValues.Is(method, Sk + "PromptyKernelExtensions", "CreateFunctionFromPrompty"))
        {
            return FromText(CodeValues.Argument(call, "promptyTemplate"), PromptFormat.Prompty);
        }

        return CodeValues.Is(method, Sk + "PromptyKernelExtensions", "CreateFunctionFromPromptyFile")
            && CodeValues.ProjectPath(CodeValues.Argument(call, "promptyFilePath")) is { } path
            ? _index.Template(path, PromptFormat.Prompty)
            : null;
    }

    /// <summary>
    /// <c>plugin["Name"]</c> of a plugin loaded from a prompt directory — held in a local or field written once, or
    /// <c>kernel.Plugins["Plugin"]</c> — that directory's <c>Name/skprompt.txt</c>.
    /// </summary>
    private TemplateFacts? OfPluginFunction(IOperation plugin, IOperation name)
    {
        IInvocationOperation? load = CodeValues.Definition(plugin) switch
        {
            IInvocationOperation invocation => invocation,
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: { Length: 1 } pluginName, Instance: { } plugins }
                when KernelOf(plugins) is { } kernel && CodeValues.Text(pluginName[0].Value) is { } named => NamedPlugins.ImportOf(kernel, named),
            _ => null,
        };
        return load is null ? null : OfDirectoryFunction(load, name);
    }

    private TemplateFacts? OfDirectoryFunction(IInvocationOperation load, IOperation name)
    {
        if (!CodeValues.Is(load.TargetMethod, Sk + "KernelExtensions", "CreatePluginFromPromptDirectory", "ImportPluginFromPromptDirectory")
            || !CodeValues.LeftOut(load, "promptTemplateFactory")
            || CodeValues.ProjectPath(CodeValues.Argument(load, "pluginDirectory")) is not { } directory
            || CodeValues.Text(name) is not { } function)
        {
            return null;
        }

        return _index.Template(directory + "/" + function + "/skprompt.txt", PromptFormat.SemanticKernelText);
    }

    /// <summary>The kernel of <c>kernel.Plugins.GetFunction(…)</c>, or null.</summary>
    private static IOperation? KernelOfPlugins(IInvocationOperation call)
    {
        IOperation? receiver = call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : call.Instance;
        return receiver is null ? null : KernelOf(receiver);
    }

    /// <summary>The kernel of <c>kernel.Plugins</c>, or null.</summary>
    private static IOperation? KernelOf(IOperation plugins) => PromptSites.Unwrap(plugins) is IPropertyReferenceOperation { Property.Name: "Plugins", Instance: { } kernel } property
        && property.Property.ContainingType?.ToDisplayString() == Sk + "Kernel"
        ? kernel
        : null;

    /// <summary>Template text written in code, or read from a project file with <c>File.ReadAllText(path)</c>.</summary>
    private TemplateFacts? FromText(IOperation? value, PromptFormat format)
    {
        IOperation? text = CodeValues.Definition(value);
        if (text is IInvocationOperation read && LoadedPaths.IsReadAllText(read.TargetMethod))
        {
            return CodeValues.ProjectPath(CodeValues.Argument(read, "path")) is { } path ? _index.Template(path, format) : null;
        }

        return CodeValues.Text(text) is { } template
            ? _inline.GetOrAdd((template, format), key => Linter.Read(new PromptInput("template in code", key.Text), key.Format) is { } document ? TemplateFacts.From(document, null) : null)
            : null;
    }
}
