using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>An eval result file read: the result, or why it could not be read (a PL0014 at <see cref="ProblemSpan"/>).</summary>
public sealed class EvalReadResult
{
    private EvalReadResult(SourceText source, EvalResult? result, TextSpan problemSpan, string? problem)
    {
        Source = source;
        Result = result;
        ProblemSpan = problemSpan;
        Problem = problem;
    }

    public SourceText Source { get; }

    public EvalResult? Result { get; }

    public string? Problem { get; }

    public TextSpan ProblemSpan { get; }

    internal static EvalReadResult Read(EvalResult result) => new(result.Source, result, default, null);

    internal static EvalReadResult Failed(SourceText source, TextSpan span, string problem) => new(source, null, span, problem);
}
