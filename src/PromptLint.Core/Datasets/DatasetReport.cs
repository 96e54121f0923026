using System.Collections.Generic;
using PromptLint.Diagnostics;

namespace PromptLint.Datasets;

/// <summary>What linting one JSONL dataset found: the findings, and the counts a report (or the next dataset) needs.</summary>
public sealed class DatasetReport
{
    internal DatasetReport(string path, DatasetRole role)
    {
        Path = path;
        Role = role;
    }

    public string Path { get; }

    public DatasetRole Role { get; }

    /// <summary>Lines read as examples.</summary>
    public int Examples { get; internal set; }

    /// <summary>Lines that did not parse or had no known shape (each a PL0014).</summary>
    public int MalformedLines { get; internal set; }

    /// <summary>How many final assistant outputs had each output shape ("JSON", "prose", …).</summary>
    public IReadOnlyDictionary<string, int> OutputShapes => ShapeCounts;

    /// <summary>Distinct system prompts (no system prompt counts as one variant when others have one).</summary>
    public int SystemPromptVariants { get; internal set; }

    public int ExactDuplicates { get; internal set; }

    public int NearDuplicates { get; internal set; }

    public int WithoutAssistantTurn { get; internal set; }

    /// <summary>Examples whose input also appears in the training set (validation and evaluation data).</summary>
    public int OverlapWithTraining { get; internal set; }

    /// <summary>The first example (line here, line in training) whose input is also in the training set.</summary>
    public (int Line, int TrainingLine)? FirstOverlap { get; internal set; }

    public IReadOnlyList<Finding> Findings => FindingList;

    internal List<Finding> FindingList { get; } = new();

    internal Dictionary<string, int> ShapeCounts { get; } = new();

    /// <summary>Normalized-input hash → first line, for overlap checks of later datasets against this one.</summary>
    internal Dictionary<ulong, int> InputLines { get; } = new();
}
