using System.Collections.Generic;
using PromptLint.Model;

namespace PromptLint.Ladder;

/// <summary>One prompt file in the ladder report: what it has, what model it uses, what it costs, where it stands.</summary>
public sealed class LadderPrompt
{
    /// <summary>The path as the host displays it (relative, with <c>/</c>).</summary>
    public string Path { get; internal set; } = string.Empty;

    public PromptFormat Format { get; internal set; }

    /// <summary>False when the file has no static instructions to judge (a bare template): the next four facts are then null.</summary>
    public bool HasInstructions { get; internal set; }

    /// <summary>No PL1001 finding: the instructions say what shape the answer takes, or metadata declares it.</summary>
    public bool? HasFormatSpec { get; internal set; }

    /// <summary>No PL1003 finding: the instructions say who the model is.</summary>
    public bool? HasRole { get; internal set; }

    public int Examples { get; internal set; }

    /// <summary>A PL3001 finding: reference data or time-sensitive facts pasted into the instructions.</summary>
    public bool PastedKnowledge { get; internal set; }

    /// <summary>The prompt asks for current or organisation facts and has no retrieval slot to answer from (PL3002).</summary>
    public bool AsksForCurrentFacts { get; internal set; }

    /// <summary>For a fine-tune: its base on the retirement table of this prompt's configuration (read by the fine-tune assessment).</summary>
    internal BaseRetirementStatus? BaseRetirement { get; set; }

    /// <summary>Template variables that look like retrieved context (<c>context</c>, <c>documents</c>, …).</summary>
    public IReadOnlyList<string> RetrievalVariables { get; internal set; } = new List<string>();

    public string? Model { get; internal set; }

    /// <summary>Where <see cref="Model"/> came from: <c>metadata</c> (the file) or <c>usage</c> (a usage.prompts entry); null when unknown.</summary>
    public string? ModelSource { get; internal set; }

    public bool FineTuned { get; internal set; }

    /// <summary>The model the fine-tune was trained from, when the ID says.</summary>
    public string? BaseModel { get; internal set; }

    /// <summary>For a fine-tuned model: the evidence verdict (<see cref="EvidenceSummary"/>); null otherwise.</summary>
    public string? Evidence { get; internal set; }

    public TokenCount Tokens { get; internal set; }

    public Rung Rung { get; internal set; }

    /// <summary>Lower rungs this prompt skipped or left incomplete (e.g. rung 1 without a format spec under a fine-tune).</summary>
    public IReadOnlyList<Rung> Skipped { get; internal set; } = new List<Rung>();

    public string NextStep { get; internal set; } = string.Empty;

    public PromptCost Cost { get; internal set; } = new();
}
