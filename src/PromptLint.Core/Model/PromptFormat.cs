namespace PromptLint.Model;

/// <summary>The file format a prompt was read from.</summary>
public enum PromptFormat
{
    Unknown,
    Prompty,
    Dotprompt,
    SemanticKernelText,
    SemanticKernelYaml,
    Scriban,
    PlainText,
    Markdown,
    JsonChat,
    CSharpString,
    Jinja2,
    Liquid,
    Handlebars,
    Mustache,
    Poml,
}
