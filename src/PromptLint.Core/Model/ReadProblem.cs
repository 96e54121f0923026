using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>A problem a reader or the template scanner found in the input itself (PL0xxx, PL5001).</summary>
public sealed record ReadProblem(string RuleId, TextSpan Span, string Message);
