using System.Collections.Generic;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Settings;

namespace PromptLint.FineTuning;

/// <summary>
/// Everything PromptLint knows about one fine-tuned model's evidence: what promptlint.yaml declares, what the
/// result files and datasets say, each check's verdict, and the findings. Reports (the ladder/cost report) read it.
/// </summary>
public sealed class FineTuneEvidence
{
    internal FineTuneEvidence(ModelBaseline declaration) => Declaration = declaration;

    /// <summary>The <c>models:</c> entry: ID or pattern, files, metric, task kind, minimum improvement.</summary>
    public ModelBaseline Declaration { get; }

    /// <summary>The fine-tuned model's ID: the evaluation file's model when it names one, else the declared ID.</summary>
    public string? FineTunedModel { get; internal set; }

    /// <summary>The model the fine-tune was trained from, derived from its ID (null when the ID does not say).</summary>
    public string? BaseModel { get; internal set; }

    /// <summary>The retirement table's row for <see cref="BaseModel"/> (retired or retiring), or null when the table has none.</summary>
    public ModelRetirement? BaseRetirement { get; internal set; }

    /// <summary>The date <see cref="BaseRetirement"/> is judged against (the table's <c>asOf</c> or promptlint.yaml's).</summary>
    public string? RetirementsJudgedOn { get; internal set; }

    /// <summary>Whether the base was retired on or before <see cref="RetirementsJudgedOn"/>.</summary>
    public bool BaseRetired => BaseRetirement is not null && RetirementsJudgedOn is not null && BaseRetirement.IsRetiredOn(RetirementsJudgedOn);

    public EvalResult? Baseline { get; internal set; }

    public EvalResult? Evaluation { get; internal set; }

    /// <summary>Evaluation minus baseline in the direction where positive is better; null without both scores on one metric.</summary>
    public double? Improvement { get; internal set; }

    /// <summary>The general-ability eval's result on the base model (<c>regression.base</c>), when declared and readable.</summary>
    public EvalResult? RegressionBase { get; internal set; }

    /// <summary>The general-ability eval's result on the fine-tune (<c>regression.fineTune</c>), when declared and readable.</summary>
    public EvalResult? RegressionFineTune { get; internal set; }

    /// <summary>Fine-tune minus base on the general-ability eval, in the direction where positive is better; null without both scores on one metric.</summary>
    public double? GeneralAbilityChange { get; internal set; }

    public DatasetReport? Training { get; internal set; }

    public DatasetReport? Validation { get; internal set; }

    /// <summary>The data the evaluation ran on, when its result names a JSONL file that could be read.</summary>
    public DatasetReport? EvaluationData { get; internal set; }

    /// <summary>One verdict per check, in rule order: the eval results (PL4003–PL4006, PL4016), then the datasets (PL4007–PL4012, PL4017).</summary>
    public IReadOnlyList<EvidenceVerdict> Verdicts => VerdictList;

    /// <summary>Findings in the result files and datasets (PL0014, PL4003–PL4012, PL4016, PL4017) and at the entry (PL0010, PL4013, PL4014), sorted.</summary>
    public IReadOnlyList<Finding> Findings => FindingList;

    internal List<EvidenceVerdict> VerdictList { get; } = new();

    internal List<Finding> FindingList { get; } = new();
}
