using System;
using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Pipeline;

/// <summary>What the pipeline did with one candidate: its findings (and document, when it was read), or why it was skipped.</summary>
public sealed class FileOutcome
{
    private FileOutcome(string path, IReadOnlyList<Finding> findings, PromptDocument? document, string? skipReason)
    {
        Path = path;
        Findings = findings;
        Document = document;
        SkipReason = skipReason;
    }

    public string Path { get; }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The prompt as read, or null when the file was skipped or could not be read.</summary>
    public PromptDocument? Document { get; }

    /// <summary>Why a file found by a walk was left alone (not a prompt, excluded, …); null when it was linted.</summary>
    public string? SkipReason { get; }

    public bool Skipped => SkipReason is not null;

    internal static FileOutcome Linted(string path, LintResult result) => new(path, result.Findings, result.Document, null);

    /// <summary>A file linted without a prompt document (a fine-tuning dataset).</summary>
    internal static FileOutcome Linted(string path, IReadOnlyList<Finding> findings) => new(path, findings, null, null);

    /// <summary>A file the host could not hand to the pipeline at all, answered with one finding.</summary>
    public static FileOutcome Problem(string path, Finding finding) =>
        new(path, finding.Severity == Severity.None ? Array.Empty<Finding>() : new[] { finding }, null, null);

    internal static FileOutcome Skip(string path, string reason) => new(path, Array.Empty<Finding>(), null, reason);
}
