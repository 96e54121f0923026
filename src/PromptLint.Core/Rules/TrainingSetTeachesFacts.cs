using System;
using System.Globalization;
using PromptLint.Analysis;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>
/// PL4017: most final assistant turns of the training set state facts their input does not hold (prices, quantities,
/// dates, codes; <see cref="AnswerProvenance"/>) rather than transform the input. Such a set teaches knowledge, which
/// fine-tuning does not store reliably and which goes stale; the facts belong in retrieval. Streams: one judgement per
/// example, counts kept.
/// </summary>
internal sealed class TrainingSetTeachesFacts : DatasetRule
{
    /// <summary>Examples with an answer below which a share says nothing.</summary>
    public const int MinJudgedExamples = 20;

    public static readonly RuleOption MinFactPercent = new("minFactPercent", 60);

    public static readonly RuleDescriptor Rule = new(
        "PL4017", "Training set teaches facts rather than behaviour", Severity.Info, RuleScope.Datasets,
        "At least minFactPercent (default 60) of the training set's assistant answers state facts their input does not hold (prices, quantities with units, dates, product codes) instead of transforming the input; fine-tuning does not teach facts reliably and they go stale, so keep them in retrieval and train the behaviour.",
        MinFactPercent);

    private int _judged;
    private int _facts;
    private int _firstLine;
    private long _firstOffset;
    private string? _firstValue;

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role == DatasetRole.Training;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
        if (example.FinalOutput is not { } output || output.Trim().Length == 0)
        {
            return;
        }

        _judged++;
        AnswerJudgement judgement = AnswerProvenance.Judge((example.System ?? string.Empty) + "\n" + example.Input, output);
        if (judgement.Source != AnswerSource.FactLookup)
        {
            return;
        }

        if (_facts++ == 0)
        {
            (_firstLine, _firstOffset, _firstValue) = (example.Line, offset, judgement.FactValue);
        }
    }

    public override void Finish(DatasetContext context)
    {
        if (_judged < MinJudgedExamples || _facts * 100.0 / _judged < context.Option(Descriptor, MinFactPercent))
        {
            return;
        }

        string percent = Math.Round(_facts * 100.0 / _judged).ToString(CultureInfo.InvariantCulture);
        context.ReportAt(Descriptor, _firstLine, 1, _firstOffset, 1,
            $"{percent} % of the assistant answers ({_facts.ToString(CultureInfo.InvariantCulture)} of {_judged.ToString(CultureInfo.InvariantCulture)}) state facts their input does not hold, such as '{_firstValue}' on this line; fine-tuning does not teach facts reliably and they go stale: put them in retrieval (pass the matching records in the prompt) and train the behaviour on answers drawn from them");
    }
}
