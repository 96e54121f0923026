using PromptLint.Text;

namespace PromptLint.Templates;

public enum TemplateDialect
{
    None,
    Handlebars,
    Mustache,
    Jinja,
    Liquid,
    Scriban,
    SemanticKernel,
}

public enum TemplateExpressionKind
{
    /// <summary>An interpolated value: <c>{{name}}</c>, <c>{{ user.name | upcase }}</c>, <c>{{$input}}</c>.</summary>
    Variable,
    /// <summary>A helper or function call whose arguments may reference variables: <c>{{role "system"}}</c>, <c>{{search.find $q}}</c>.</summary>
    Call,
    BlockOpen,
    BlockMiddle,
    BlockClose,
    Partial,
    Comment,
    Raw,
}

/// <summary>
/// One <c>{{ … }}</c>-family tag found by the template scanner. <see cref="Name"/> is the root variable
/// (or helper / block keyword) and <see cref="NameSpan"/> its source position.
/// </summary>
public sealed record TemplateExpression(
    TemplateExpressionKind Kind,
    TemplateDialect Dialect,
    string Name,
    TextSpan Span,
    TextSpan NameSpan,
    string Content)
{
    /// <summary>Variables this tag reads (roots only: <c>user</c> for <c>user.name</c>).</summary>
    public System.Collections.Generic.IReadOnlyList<TemplateVariableReference> Variables { get; init; } =
        System.Array.Empty<TemplateVariableReference>();
}

public readonly record struct TemplateVariableReference(string Name, TextSpan Span);
