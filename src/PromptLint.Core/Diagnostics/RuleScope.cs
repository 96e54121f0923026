using System;

namespace PromptLint.Diagnostics;

/// <summary>Where a rule applies; hosts pick the rules they run by this, never by lists of IDs.</summary>
[Flags]
public enum RuleScope
{
    None = 0,

    /// <summary>Prompt files: read by a reader and linted by the Linter (CLI, MSBuild task, analyzer AdditionalFiles).</summary>
    PromptFiles = 1,

    /// <summary>
    /// C# code: prompts the analyzer assembles from strings and messages in code, and the analyzer's own checks
    /// (tools, template settings, model IDs). A template held in a C# string is a prompt file read from code and
    /// gets the prompt-file rules.
    /// </summary>
    CSharp = 2,

    /// <summary>Fine-tuning datasets (JSONL training and validation sets).</summary>
    Datasets = 4,

    /// <summary>The eval result files behind a fine-tune (baseline and evaluation).</summary>
    Evidence = 8,

    /// <summary>promptlint.yaml and suppression comments.</summary>
    Configuration = 16,
}
