using System.Collections.Generic;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Templates;

/// <summary>A syntax problem at a span of the scanned text.</summary>
public readonly record struct TemplateError(TextSpan Span, string Message);

/// <summary>What the scanner found. Spans are relative to the scanned text.</summary>
public sealed class TemplateScanResult
{
    internal TemplateScanResult(TemplateDialect dialect, IReadOnlyList<TemplateExpression> expressions, IReadOnlyList<TemplateError> errors, IReadOnlyCollection<string> locals)
    {
        Dialect = dialect;
        Expressions = expressions;
        Errors = errors;
        Locals = locals;
    }

    public TemplateDialect Dialect { get; }

    public IReadOnlyList<TemplateExpression> Expressions { get; }

    public IReadOnlyList<TemplateError> Errors { get; }

    /// <summary>Names the template binds itself (loop variables, <c>set</c>, block params); never inputs.</summary>
    public IReadOnlyCollection<string> Locals { get; }
}
