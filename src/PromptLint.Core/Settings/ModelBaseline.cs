using System;
using PromptLint.Text;

namespace PromptLint.Settings;

/// <summary>
/// A <c>models:</c> entry of promptlint.yaml: a model ID (or a pattern with <c>*</c>) and the evidence behind the
/// fine-tune — <c>baseline</c> (the prompt-only result), <c>evaluation</c> (the fine-tune on held-out data),
/// <c>training</c> and <c>validation</c> datasets, the <c>metric</c> both results must use, the <c>task</c> kind
/// (for the dataset-size floor), <c>minImprovement</c>, and the general-ability eval (<c>regression</c>).
/// Paths are relative to the configuration file.
/// </summary>
public sealed class ModelBaseline
{
    private readonly GlobMatcher _pattern;

    public ModelBaseline(string modelPattern, string? baseline, string? evaluation, string configPath, TextSpan span)
    {
        ModelPattern = modelPattern;
        Baseline = baseline;
        Evaluation = evaluation;
        ConfigPath = configPath;
        Span = span;
        _pattern = GlobMatcher.ForModelPattern(modelPattern);
    }

    /// <summary>What <see cref="MinImprovement"/> is when promptlint.yaml does not say: 0.03 on the metric's own scale (three points of accuracy; smaller gains on a few-hundred-example eval are within its noise).</summary>
    public const double DefaultMinImprovement = 0.03;

    public string ModelPattern { get; }

    /// <summary>The fine-tuning training set (JSONL), relative to the configuration folder.</summary>
    public string? Training { get; init; }

    /// <summary>The validation set uploaded with the job (JSONL), relative to the configuration folder.</summary>
    public string? Validation { get; init; }

    /// <summary>The metric both results must report (e.g. <c>accuracy</c>); null: whatever the files say, as long as they agree.</summary>
    public string? Metric { get; init; }

    /// <summary>The task kind, which sets the training-set size floor.</summary>
    public FineTuneTask Task { get; init; }

    /// <summary>How much the evaluation must beat the baseline by, in the metric's units.</summary>
    public double MinImprovement { get; init; } = DefaultMinImprovement;

    /// <summary>False for error rates and other metrics where lower is better (<c>better: lower</c>).</summary>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>The general-ability eval on the base and the fine-tune (<c>regression:</c>), or null when none is declared.</summary>
    public RegressionEval? Regression { get; init; }

    /// <summary>Where each declared key's value sits in promptlint.yaml (for findings about the declaration itself).</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, TextSpan> ValueSpans { get; init; } = new System.Collections.Generic.Dictionary<string, TextSpan>();

    /// <summary>Line and column of each declared key's value in promptlint.yaml.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, LinePositionSpan> ValuePositions { get; init; } = new System.Collections.Generic.Dictionary<string, LinePositionSpan>();

    /// <summary>The span of <paramref name="key"/>'s value, or of the model entry when the key is absent.</summary>
    public TextSpan SpanOf(string key) => ValueSpans.TryGetValue(key, out TextSpan span) ? span : Span;

    public string? Baseline { get; }

    public string? Evaluation { get; }

    /// <summary>The promptlint.yaml that declared it; <see cref="Baseline"/> and <see cref="Evaluation"/> are relative to its folder.</summary>
    public string ConfigPath { get; }

    /// <summary>Where the entry's key sits in that file.</summary>
    public TextSpan Span { get; }

    /// <summary>Line and column of the entry's key (for findings about the declared model itself: PL4013/PL4014).</summary>
    public LinePositionSpan Position { get; init; }

    public bool Matches(string modelId) => _pattern.IsMatch(modelId.Trim());

    /// <summary>The declared file paths, resolved against the configuration folder with <c>/</c>.</summary>
    public string? Resolve(string? relative)
    {
        if (relative is null)
        {
            return null;
        }

        string config = ConfigPath.Replace('\\', '/');
        int slash = config.LastIndexOf('/');
        string folder = slash < 0 ? string.Empty : config.Substring(0, slash + 1);
        return relative.StartsWith("/", StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':') ? relative : folder + relative.Replace('\\', '/');
    }
}
