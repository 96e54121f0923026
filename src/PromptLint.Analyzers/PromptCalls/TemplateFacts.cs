using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Json;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>A variable a template reads, where it is first read (1-based line and column in the template's source).</summary>
internal sealed record TemplateVariable(string Name, int Line, int Column);

/// <summary>A model ID a template declares, where (1-based line and column).</summary>
internal sealed record DeclaredModelAt(string Id, int Line, int Column);

/// <summary>
/// What a call can be checked against: the variables a template reads (first read of each name, compared without
/// case as <c>KernelArguments</c> does), the inputs it declares and those with a default value (Semantic Kernel fills
/// those in), and whether it calls functions (which receive every argument, so an argument may be read there).
/// </summary>
internal sealed class TemplateFacts
{
    private static readonly System.Text.RegularExpressions.Regex DefaultFilter = new(@"\|\s*default\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private TemplateFacts(string? source, IReadOnlyList<TemplateVariable> variables, HashSet<string> declared, HashSet<string> defaulted, bool callsFunctions, DeclaredModelAt? model)
    {
        Model = model;
        Source = source;
        Variables = variables;
        Declared = declared;
        Defaulted = defaulted;
        CallsFunctions = callsFunctions;
    }

    /// <summary>The project-relative path of the file, or null for a template written in code.</summary>
    public string? Source { get; }

    public IReadOnlyList<TemplateVariable> Variables { get; }

    public HashSet<string> Declared { get; }

    public HashSet<string> Defaulted { get; }

    public bool CallsFunctions { get; }

    /// <summary>The model ID the template's metadata declares (SK <c>execution_settings.*.model_id</c>, Prompty <c>model.id</c>), if any.</summary>
    public DeclaredModelAt? Model { get; }

    /// <summary>Null when the template cannot be known completely: a read problem, a partial, or a template with no dialect.</summary>
    public static TemplateFacts? From(PromptDocument document, string? source, IReadOnlyDictionary<string, string>? companions = null)
    {
        if (document.Problems.Count > 0 || document.Dialect == TemplateDialect.None
            || document.Expressions.Any(e => e.Kind is TemplateExpressionKind.Partial or TemplateExpressionKind.Raw))
        {
            return null;
        }

        var locals = new HashSet<string>(document.TemplateLocals, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var variables = new List<TemplateVariable>();
        foreach (TemplateVariableReference variable in document.Expressions.SelectMany(e => e.Variables))
        {
            if (!locals.Contains(variable.Name) && !IsHandlebarsFunction(document, variable.Name) && seen.Add(variable.Name))
            {
                var position = document.Source.GetLinePosition(variable.Span.Start);
                variables.Add(new TemplateVariable(variable.Name, position.Line, position.Column));
            }
        }

        var declared = new HashSet<string>((document.DeclaredInputs ?? Array.Empty<DeclaredInput>()).Select(i => i.Name), StringComparer.OrdinalIgnoreCase);
        var defaulted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddMetadataDefaults(document.Metadata, defaulted);
        AddOptionalReads(document, defaulted);
        if (companions is not null && companions.TryGetValue("config.json", out string? config))
        {
            AddConfigDefaults(config, defaulted);
        }

        bool calls = document.Expressions.Any(e => e.Kind == TemplateExpressionKind.Call)
            || document.Expressions.SelectMany(e => e.Variables).Any(v => IsHandlebarsFunction(document, v.Name));
        DeclaredModelAt? model = document.Model is { } declaredModel
            ? new DeclaredModelAt(declaredModel.Id, document.Source.GetLinePosition(declaredModel.Span.Start).Line, document.Source.GetLinePosition(declaredModel.Span.Start).Column)
            : null;
        return new TemplateFacts(source, variables, declared, defaulted, calls, model);
    }

    /// <summary>Semantic Kernel's Handlebars templates call kernel functions as helpers named <c>Plugin-Function</c>.</summary>
    private static bool IsHandlebarsFunction(PromptDocument document, string name) =>
        document.Dialect == TemplateDialect.Handlebars && name.IndexOf('-') > 0;

    /// <summary>
    /// Names a Handlebars or Liquid template reads only in a way that tolerates their absence count as defaulted:
    /// an <c>if</c>/<c>unless</c> condition, or a value with a <c>default</c> filter.
    /// </summary>
    private static void AddOptionalReads(PromptDocument document, HashSet<string> defaulted)
    {
        if (document.Dialect is not (TemplateDialect.Handlebars or TemplateDialect.Liquid))
        {
            return;
        }

        foreach (TemplateExpression expression in document.Expressions)
        {
            bool condition = expression.Kind == TemplateExpressionKind.BlockOpen && expression.Name is "if" or "unless";
            if (condition || DefaultFilter.IsMatch(expression.Content))
            {
                defaulted.UnionWith(expression.Variables.Select(v => v.Name));
            }
        }
    }

    /// <summary>SK YAML <c>input_variables: [{ name, default }]</c>; Prompty <c>inputs: { name: { default } }</c> or <c>inputs: { name: value }</c>.</summary>
    private static void AddMetadataDefaults(MetadataNode? metadata, HashSet<string> defaulted)
    {
        foreach (MetadataNode item in metadata?.Get("input_variables")?.Items ?? Array.Empty<MetadataNode>())
        {
            if (item.Get("name")?.Scalar is { } name && item.Get("default") is not null)
            {
                defaulted.Add(name);
            }
        }

        foreach (MetadataEntry input in metadata?.Get("inputs")?.Entries ?? Array.Empty<MetadataEntry>())
        {
            if (input.Value.Kind is not (MetadataKind.Mapping or MetadataKind.Null) || input.Value.Get("default") is not null)
            {
                defaulted.Add(input.Key);
            }
        }
    }

    /// <summary>Semantic Kernel's config.json beside skprompt.txt: <c>input_variables: [{ name, default }]</c>.</summary>
    private static void AddConfigDefaults(string config, HashSet<string> defaulted)
    {
        JsonNode root;
        try
        {
            root = JsonParser.Parse(config);
        }
        catch (JsonSyntaxException)
        {
            return;
        }

        if (root["input_variables"] is not JsonArray variables)
        {
            return;
        }

        foreach (JsonNode variable in variables.Items)
        {
            if (variable["name"]?.StringValue is { } name && variable["default"] is not null)
            {
                defaulted.Add(name);
            }
        }
    }
}
