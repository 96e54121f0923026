namespace PromptLint.Settings;

/// <summary>
/// A <c>models:</c> entry's <c>regression:</c> — the general-ability eval run on the fine-tune's base and on the
/// fine-tune (<c>base</c>, <c>fineTune</c>: eval result files, relative to the configuration folder), the metric
/// that picks one score out of files with several, how far the fine-tune may fall below the base
/// (<c>tolerance</c>), and which scores are better (<c>better</c>). PL4015 reports a fine-tune without one, PL4016 a
/// fine-tune that falls below its base by more than the tolerance.
/// </summary>
public sealed class RegressionEval
{
    /// <summary>
    /// What <see cref="Tolerance"/> is when promptlint.yaml does not say: 0.02 on the metric's own scale (two points
    /// of accuracy, about one standard error of a 500-question general benchmark scored near 0.8).
    /// </summary>
    public const double DefaultTolerance = 0.02;

    /// <summary>The general-ability eval's result on the base model.</summary>
    public string? Base { get; init; }

    /// <summary>The same eval's result on the fine-tune.</summary>
    public string? FineTune { get; init; }

    /// <summary>The metric both results report (e.g. <c>accuracy</c>); null: whatever the files say, as long as they agree.</summary>
    public string? Metric { get; init; }

    /// <summary>How far the fine-tune may score below the base, in the metric's units.</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>False for metrics where lower is better (e.g. an unsafe-answer rate).</summary>
    public bool HigherIsBetter { get; init; } = true;
}
