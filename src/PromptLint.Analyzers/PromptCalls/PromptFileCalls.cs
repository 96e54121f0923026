using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Diagnostics;
using PromptLint.Pipeline;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// The C# that loads and fills a prompt checked against the prompt it loads (PL5007–PL5010). A syntax-node
/// action on invocations whose method name alone could be one of these calls; only those are bound. The project's
/// prompt files are indexed once per compilation, on the first call that needs them (<see cref="ProjectPromptIndex"/>).
/// </summary>
internal sealed class PromptFileCalls
{
    private const string Sk = "Microsoft.SemanticKernel.";

    /// <summary>PL5008's suggested variable name, for the code fix that renames the argument.</summary>
    public const string DidYouMeanProperty = "DidYouMean";

    private static readonly HashSet<string> MethodNames = new(StringComparer.Ordinal)
    {
        "InvokeAsync", "InvokeStreamingAsync", "InvokePromptAsync", "InvokePromptStreamingAsync",
        "ReadAllText", "ReadAllTextAsync", "ReadAllLines", "ReadAllLinesAsync", "OpenText",
        "CreateFunctionFromPromptyFile", "CreatePluginFromPromptDirectory", "ImportPluginFromPromptDirectory", "AddFromPromptDirectory",
        "GetManifestResourceStream",
    };

    private readonly PromptFilePipeline _pipeline;
    private readonly Lazy<(ProjectPromptIndex Index, RenderedTemplates Templates)> _project;
    private readonly ConcurrentDictionary<string, LintSettings?> _settingsByPath = new();

    private PromptFileCalls(PromptFilePipeline pipeline, Func<ProjectPromptIndex> index)
    {
        _pipeline = pipeline;
        _project = new Lazy<(ProjectPromptIndex, RenderedTemplates)>(() =>
        {
            ProjectPromptIndex built = index();
            return (built, new RenderedTemplates(built));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static void Register(CompilationStartAnalysisContext context, PromptFilePipeline pipeline)
    {
        AnalyzerOptions options = context.Options;
        CancellationToken cancellationToken = context.CancellationToken;
        var calls = new PromptFileCalls(pipeline, () => new ProjectPromptIndex(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, cancellationToken));
        context.RegisterSyntaxNodeAction(calls.Analyze, SyntaxKind.InvocationExpression);
    }

    private void Analyze(SyntaxNodeAnalysisContext context)
    {
        var node = (InvocationExpressionSyntax)context.Node;
        string? name = node.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        if (name is null || !MethodNames.Contains(name) || context.IsGeneratedCode || SettingsFor(node.SyntaxTree.FilePath) is not { } settings
            || context.SemanticModel.GetOperation(node, context.CancellationToken) is not IInvocationOperation call)
        {
            return;
        }

        (ProjectPromptIndex index, RenderedTemplates templates) = _project.Value;
        if (LoadedPaths.Check(call, index) is { } problem)
        {
            Report(context, settings, PromptFileNotInOutput.Rule, problem.At, problem.Message);
        }

        if (Rendering(call, templates) is not { } rendering)
        {
            return;
        }

        if (CodeValues.Argument(call, "arguments") is { } argumentsValue && KernelArgumentKeys.Read(argumentsValue, call) is { } arguments)
        {
            CheckArguments(context, settings, rendering.Template, arguments);
        }

        if (rendering.Template.Model is { } declared && KernelModels.ChatModel(rendering.Kernel) is { } client
            && !string.Equals(declared.Id, client, StringComparison.OrdinalIgnoreCase))
        {
            Report(context, settings, PromptModelDiffersFromClient.Rule, call.Syntax.GetLocation(),
                $"{(rendering.Template.Source is null ? "the template" : rendering.Template.Source)}({declared.Line},{declared.Column}) declares model '{declared.Id}', but the kernel it is sent through has one chat service, '{client}'; make them agree");
        }
    }

    /// <summary>The template a call renders and the kernel it renders it with, when it is one of Semantic Kernel's invocations.</summary>
    private static (TemplateFacts Template, IOperation? Kernel)? Rendering(IInvocationOperation call, RenderedTemplates templates)
    {
        IMethodSymbol method = call.TargetMethod;
        TemplateFacts? template = null;
        IOperation? kernel = null;
        if (CodeValues.Is(method, Sk + "Kernel", "InvokeAsync", "InvokeStreamingAsync"))
        {
            template = CodeValues.Argument(call, "function") is { } function ? templates.OfFunction(function)
                : CodeValues.Argument(call, "functionName") is { } functionName ? templates.OfNamedFunction(call.Instance, CodeValues.Argument(call, "pluginName"), functionName)
                : null;
            kernel = call.Instance;
        }
        else if (CodeValues.Is(method, Sk + "KernelFunction", "InvokeAsync", "InvokeStreamingAsync"))
        {
            template = templates.OfFunction(call.Instance);
            kernel = CodeValues.Argument(call, "kernel");
        }
        else if (CodeValues.Is(method, Sk + "KernelExtensions", "InvokePromptAsync", "InvokePromptStreamingAsync"))
        {
            template = templates.OfPromptCall(call);
            kernel = CodeValues.Argument(call, "kernel");
        }

        return template is null ? null : (template, kernel);
    }

    private static void CheckArguments(SyntaxNodeAnalysisContext context, LintSettings settings, TemplateFacts template, KnownArguments arguments)
    {
        var supplied = new HashSet<string>(arguments.Keys.Select(k => k.Name), StringComparer.OrdinalIgnoreCase);
        string list = supplied.Count == 0 ? "no names" : string.Join(", ", arguments.Keys.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase));
        var missing = template.Variables.Where(v => !supplied.Contains(v.Name) && !template.Defaulted.Contains(v.Name)).ToList();
        foreach (TemplateVariable variable in missing)
        {
            Report(context, settings, TemplateVariableNotSupplied.Rule, arguments.Creation,
                $"template variable '{variable.Name}' ({Where(template, variable)}) is not supplied: the arguments set {list}, so Semantic Kernel renders it as empty text; add [\"{variable.Name}\"] = …");
        }

        if (template.CallsFunctions)
        {
            return; // functions the template calls receive every argument: an argument may be read there
        }

        var read = new HashSet<string>(template.Variables.Select(v => v.Name), StringComparer.OrdinalIgnoreCase);
        foreach (ArgumentKey key in arguments.Keys.Where(k => !read.Contains(k.Name) && !template.Declared.Contains(k.Name)))
        {
            string? closest = EditDistance.Closest(key.Name, missing.Select(v => v.Name));
            Report(context, settings, ArgumentNotReadByTemplate.Rule, key.Location,
                $"argument '{key.Name}' is not read by {(template.Source is null ? "the template" : "the template " + template.Source)}{(closest is null ? string.Empty : $"; did you mean '{closest}'?")}",
                closest is null ? null : ImmutableDictionary<string, string?>.Empty.Add(DidYouMeanProperty, closest));
        }
    }

    private static string Where(TemplateFacts template, TemplateVariable variable) => template.Source is null
        ? $"line {variable.Line}, column {variable.Column} of the template"
        : $"{template.Source}({variable.Line},{variable.Column})";

    private static void Report(SyntaxNodeAnalysisContext context, LintSettings settings, RuleDescriptor rule, Location location, string message,
        ImmutableDictionary<string, string?>? properties = null)
    {
        Severity severity = settings.SeverityOf(rule);
        if (severity != Severity.None)
        {
            context.ReportDiagnostic(FindingReporter.At(rule, severity, location, message, properties));
        }
    }

    private LintSettings? SettingsFor(string path) =>
        _settingsByPath.GetOrAdd(path, p => _pipeline.Cascade.HasErrorsFor(p) ? null : _pipeline.SettingsFor(p));
}
