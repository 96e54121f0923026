using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>What a reader fills in; <see cref="Build"/> makes the immutable <see cref="PromptDocument"/>.</summary>
internal sealed class PromptDocumentBuilder
{
    private readonly List<PromptMessage> _messages = new();
    private readonly List<TemplateExpression> _expressions = new();
    private readonly HashSet<string> _locals = new(System.StringComparer.Ordinal);
    private readonly List<DeclaredOutput> _outputs = new();
    private readonly List<ReadProblem> _problems = new();
    private List<DeclaredInput>? _inputs;

    public PromptDocumentBuilder(SourceText source, PromptFormat format)
    {
        Source = source;
        Format = format;
    }

    public SourceText Source { get; }

    public PromptFormat Format { get; }

    public TemplateDialect Dialect { get; set; }

    public DeclaredModel? Model { get; set; }

    /// <summary>The YAML metadata region (front matter, or the whole file for YAML templates), where <c>#</c> starts a comment.</summary>
    public TextSpan? MetadataSpan { get; set; }

    /// <summary>The metadata as a located key/value tree, for rules that check it against a format's schema.</summary>
    public MetadataNode? Metadata { get; set; }

    /// <summary>Rules the metadata's <c>promptlint: {disable: […]}</c> key turns off for the whole file.</summary>
    public List<SuppressionDirective> MetadataSuppressions { get; } = new();

    public void AddMessage(MessageRole role, string text, TextMap map, TextSpan markerSpan, bool roleIsImplicit = false) =>
        _messages.Add(new PromptMessage(role, text, map, markerSpan, roleIsImplicit));

    /// <summary>Marks the format as one that declares inputs, even when it declares none.</summary>
    public void DeclaresInputs() => _inputs ??= new List<DeclaredInput>();

    public void AddInput(string name, TextSpan span)
    {
        DeclaresInputs();
        _inputs!.Add(new DeclaredInput(name, span));
    }

    public void AddOutput(string description, TextSpan span) => _outputs.Add(new DeclaredOutput(description, span));

    public void AddProblem(RuleDescriptor rule, TextSpan span, string message) => _problems.Add(new ReadProblem(rule.Id, span, message));

    /// <summary>Scans template text and records its tags and syntax errors at source positions; Scriban and Liquid (whatever file they are in) go through Scriban's parser.</summary>
    public TemplateScanResult ScanTemplate(string text, TextMap map, TemplateDialect dialect) =>
        dialect is TemplateDialect.Scriban or TemplateDialect.Liquid
            ? ScanScribanTemplate(text, map, liquid: dialect == TemplateDialect.Liquid)
            : Record(TemplateScanner.Scan(text, dialect), map);

    /// <summary>
    /// Scriban and Liquid: the scanner finds the tags (kinds, spans, comments for suppressions); Scriban's parser
    /// supplies the syntax errors and the variables each tag reads. A template nested too deeply for the parser is
    /// a PL0014 at the place it gets too deep, and its tags read no variables. Where Scriban cannot run (it does not load
    /// in the host, or it throws), the scanner's result stands in.
    /// </summary>
    public TemplateScanResult ScanScribanTemplate(string text, TextMap map, bool liquid)
    {
        TemplateScanResult tags = TemplateScanner.Scan(text, liquid ? TemplateDialect.Liquid : TemplateDialect.Scriban);
        ScribanSyntax? syntax = ScribanSyntax.Parse(text, liquid);
        if (syntax is null)
        {
            return Record(tags, map); // Scriban cannot run in this host: the scanner's own errors and variables
        }

        if (syntax.TooDeep is { } deep)
        {
            AddProblem(MalformedStructure.Rule, map.ToSource(deep.Span), deep.Message);
        }

        var expressions = new List<TemplateExpression>(tags.Expressions.Count);
        int v = 0;
        foreach (TemplateExpression e in tags.Expressions)
        {
            var variables = new List<TemplateVariableReference>();
            while (v < syntax.Variables.Count && syntax.Variables[v].Span.Start < e.Span.Start)
            {
                v++;
            }

            while (v < syntax.Variables.Count && syntax.Variables[v].Span.Start < e.Span.End)
            {
                variables.Add(syntax.Variables[v++]);
            }

            expressions.Add(e with { Variables = e.Kind is TemplateExpressionKind.Comment or TemplateExpressionKind.Raw ? new List<TemplateVariableReference>() : variables });
        }

        var locals = new HashSet<string>(tags.Locals, System.StringComparer.Ordinal);
        locals.UnionWith(syntax.Locals);
        return Record(new TemplateScanResult(tags.Dialect, expressions, syntax.Errors, locals), map);
    }

    private TemplateScanResult Record(TemplateScanResult result, TextMap map)
    {
        Dialect = result.Dialect;
        foreach (TemplateExpression e in result.Expressions)
        {
            var variables = new List<TemplateVariableReference>(e.Variables.Count);
            foreach (TemplateVariableReference v in e.Variables)
            {
                variables.Add(v with { Span = map.ToSource(v.Span) });
            }

            _expressions.Add(e with { Span = map.ToSource(e.Span), NameSpan = map.ToSource(e.NameSpan), Variables = variables });
        }

        foreach (TemplateError error in result.Errors)
        {
            AddProblem(TemplateSyntaxError.Rule, map.ToSource(error.Span), error.Message);
        }

        _locals.UnionWith(result.Locals);
        return result;
    }

    public PromptDocument Build() =>
        new(Source, Format, Dialect, _messages, _expressions, _locals, _inputs, _outputs, Model, _problems)
        {
            MetadataSpan = MetadataSpan,
            Metadata = Metadata,
            MetadataSuppressions = MetadataSuppressions,
        };
}
