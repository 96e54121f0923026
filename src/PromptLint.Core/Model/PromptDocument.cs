using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Templates;
using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>
/// One prompt, whatever format it came from: its messages with source spans, template expressions and
/// declared inputs/output/model. A pure read model: the heuristics (format specs, role, examples) are a
/// separate analysis the Linter computes once (<c>PromptLint.Analysis.PromptAnalysis</c>).
/// </summary>
public sealed class PromptDocument
{
    private IReadOnlyList<PromptMessage>? _instructions;

    internal PromptDocument(
        SourceText source,
        PromptFormat format,
        TemplateDialect dialect,
        IReadOnlyList<PromptMessage> messages,
        IReadOnlyList<TemplateExpression> expressions,
        IReadOnlyCollection<string> templateLocals,
        IReadOnlyList<DeclaredInput>? declaredInputs,
        IReadOnlyList<DeclaredOutput> declaredOutputs,
        DeclaredModel? model,
        IReadOnlyList<ReadProblem> problems)
    {
        Source = source;
        Format = format;
        Dialect = dialect;
        Messages = messages;
        Expressions = expressions;
        TemplateLocals = templateLocals;
        DeclaredInputs = declaredInputs;
        DeclaredOutputs = declaredOutputs;
        Model = model;
        Problems = problems;
    }

    public SourceText Source { get; }

    public PromptFormat Format { get; }

    public TemplateDialect Dialect { get; }

    public IReadOnlyList<PromptMessage> Messages { get; }

    /// <summary>Template tags with spans in the source file.</summary>
    public IReadOnlyList<TemplateExpression> Expressions { get; }

    /// <summary>Names bound by the template itself (loop variables, <c>set</c>), which are never inputs.</summary>
    public IReadOnlyCollection<string> TemplateLocals { get; }

    /// <summary>The inputs the file declares, or null when its format declares none (so PL5002/PL5003 do not apply).</summary>
    public IReadOnlyList<DeclaredInput>? DeclaredInputs { get; }

    public IReadOnlyList<DeclaredOutput> DeclaredOutputs { get; }

    public DeclaredModel? Model { get; }

    /// <summary>The YAML metadata region, where <c>#</c> starts a comment; null when the file has none.</summary>
    public TextSpan? MetadataSpan { get; internal init; }

    /// <summary>The metadata's located key/value tree (front matter, or a whole YAML template); null when the file has none or it did not parse.</summary>
    public MetadataNode? Metadata { get; internal init; }

    /// <summary>Whole-file suppressions from a <c>promptlint:</c> metadata key.</summary>
    public IReadOnlyList<SuppressionDirective> MetadataSuppressions { get; internal init; } = Array.Empty<SuppressionDirective>();

    /// <summary>Problems with the input itself; when one is fatal there are no messages.</summary>
    public IReadOnlyList<ReadProblem> Problems { get; }

    /// <summary>The system/developer messages; when there are none, the first message (a template without roles, or a user turn carrying the instructions).</summary>
    public IReadOnlyList<PromptMessage> InstructionMessages => _instructions ??= SelectInstructions();

    /// <summary>The span a document-level finding is reported at: the first instruction's marker, else the file start.</summary>
    public TextSpan AnchorSpan
    {
        get
        {
            PromptMessage? first = InstructionMessages.FirstOrDefault() ?? Messages.FirstOrDefault();
            if (first is null)
            {
                return new TextSpan(0, 0);
            }

            return first.MarkerSpan.Length > 0 ? first.MarkerSpan : FirstLineOf(first.SourceSpan);
        }
    }

    private IReadOnlyList<PromptMessage> SelectInstructions()
    {
        var explicitInstructions = Messages.Where(m => m.Role.IsInstruction()).ToList();
        if (explicitInstructions.Count > 0)
        {
            return explicitInstructions;
        }

        return Messages.Count > 0 && Messages[0].Role == MessageRole.User ? new[] { Messages[0] } : Array.Empty<PromptMessage>();
    }

    private TextSpan FirstLineOf(TextSpan span)
    {
        int end = Source.Text.IndexOf('\n', span.Start);
        end = end < 0 || end > span.End ? span.End : end;
        while (end > span.Start && char.IsWhiteSpace(Source.Text[end - 1]))
        {
            end--;
        }

        int start = span.Start;
        while (start < end && char.IsWhiteSpace(Source.Text[start]))
        {
            start++;
        }

        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
