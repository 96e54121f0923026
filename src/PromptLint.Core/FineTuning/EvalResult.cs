using PromptLint.Json;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>Which tool wrote an eval result file.</summary>
public enum EvalResultFormat
{
    /// <summary>PromptLint's own small JSON (<c>schemas/promptlint-eval.schema.json</c>).</summary>
    PromptLint,

    /// <summary>One Microsoft.Extensions.AI.Evaluation <c>ScenarioRunResult</c> (<c>results/&lt;execution&gt;/&lt;scenario&gt;/&lt;iteration&gt;.json</c>).</summary>
    ScenarioRunResult,

    /// <summary><c>dotnet aieval report -f json</c>: many <c>ScenarioRunResult</c>s; the score is their mean.</summary>
    AIEvalReport,

    /// <summary><c>promptfoo eval --output results.json</c>; the score is the pass rate from its stats.</summary>
    Promptfoo,
}

/// <summary>
/// What one eval result file says, whatever tool wrote it: which model was measured, on which metric and
/// dataset, the score, and whether the data was held out. Absent fields are null: not every tool records them.
/// </summary>
public sealed class EvalResult
{
    internal EvalResult(SourceText source, EvalResultFormat format)
    {
        Source = source;
        Format = format;
    }

    public SourceText Source { get; }

    public string Path => Source.Path;

    public EvalResultFormat Format { get; }

    public Located<string>? Model { get; internal set; }

    public Located<string>? Metric { get; internal set; }

    public Located<double>? Score { get; internal set; }

    public Located<string>? Dataset { get; internal set; }

    public Located<bool>? HeldOut { get; internal set; }

    /// <summary>How many examples or test cases the score is over, when the file says.</summary>
    public int? Samples { get; internal set; }

    /// <summary>Why <see cref="Score"/> is missing although the file parsed (e.g. several metrics and none named), or null.</summary>
    public string? ScoreNote { get; internal set; }

    /// <summary>Where findings about the file as a whole go: its first value.</summary>
    public TextSpan AnchorSpan { get; internal set; }
}
