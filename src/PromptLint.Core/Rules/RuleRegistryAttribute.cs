using System;

namespace PromptLint.Rules;

/// <summary>
/// Marks a <c>static partial T[] Name();</c> that the rule generator (<c>src/PromptLint.Generators</c>) implements:
/// with every rule class's <c>Rule</c> descriptor when T is <see cref="Diagnostics.RuleDescriptor"/>, otherwise with a new
/// instance of every rule class that derives from T. Nobody lists rules by hand.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RuleRegistryAttribute : Attribute
{
}
