using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Linting;

/// <summary>The findings for one input, sorted by position and rule; <see cref="Document"/> is null when it could not be read.</summary>
public sealed class LintResult
{
    internal LintResult(PromptDocument? document, IReadOnlyList<Finding> findings)
    {
        Document = document;
        Findings = findings;
    }

    public PromptDocument? Document { get; }

    public IReadOnlyList<Finding> Findings { get; }
}
