using PromptLint.Text;

namespace PromptLint.Settings;

/// <summary>
/// A <c>retirements.models</c> entry of promptlint.yaml: adds or replaces the rows for <see cref="Model"/> (only
/// <see cref="Provider"/>'s row when it names one), or removes them when <see cref="Retires"/> is null (<c>never</c>).
/// </summary>
public sealed record RetirementOverride(string Model, string? Provider, string? Retires, string Source, TextSpan Span);
