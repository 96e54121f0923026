using PromptLint.Text;

namespace PromptLint.Json;

/// <summary>A value read from a JSON file and where it was written (for findings at its line).</summary>
public readonly record struct Located<T>(T Value, TextSpan Span);
