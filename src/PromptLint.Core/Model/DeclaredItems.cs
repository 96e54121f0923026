using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>An input the file declares (Prompty <c>inputs</c>, Dotprompt <c>input.schema</c>, SK <c>input_variables</c>).</summary>
public sealed record DeclaredInput(string Name, TextSpan Span);

/// <summary>An output format or schema declared outside the prompt text (metadata or a call-site setting).</summary>
public sealed record DeclaredOutput(string Description, TextSpan Span);

/// <summary>A model ID the prompt's metadata names.</summary>
public sealed record DeclaredModel(string Id, TextSpan Span);
