using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>
/// PL4015: the prompt names a fine-tune whose <c>models:</c> entry has its target evidence (baseline and evaluation)
/// but no general-ability eval (<c>regression:</c> with both <c>base</c> and <c>fineTune</c>). An entry without a
/// baseline or an evaluation is PL4001's; this rule waits until that is fixed.
/// </summary>
internal sealed class FineTuneWithoutGeneralAbilityEval : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4015", "Fine-tune has no general-ability eval", Severity.Warning, RuleScope.PromptFiles | RuleScope.CSharp,
        "A fine-tuned model's models: entry in promptlint.yaml declares a baseline and an evaluation for its target task but no general-ability eval (regression: with base and fineTune result files): nothing shows that the fine-tune kept the general reasoning or safety behaviour of its base.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context) => FineTuningRules.Report(document, context, Descriptor);

    /// <summary>The issue for <paramref name="declared"/> (whose baseline and evaluation are declared), or null when its regression eval is complete.</summary>
    internal static FineTuningCheck.Issue? Check(string what, string id, ModelBaseline declared)
    {
        RegressionEval? regression = declared.Regression;
        if (regression is { Base: not null, FineTune: not null })
        {
            return null;
        }

        string message = regression is null
            ? $"{what} '{id}' has a baseline and an evaluation under models: '{declared.ModelPattern}' but no general-ability eval; run one general eval (reasoning, instruction following, safety) on the base and on the fine-tune and declare both: regression: {{ base: evals/general-base.json, fineTune: evals/general-fine-tune.json }}"
            : $"{what} '{id}' declares regression: under models: '{declared.ModelPattern}' without {(regression.Base is null ? "base (the general eval on the base model)" : "fineTune (the general eval on the fine-tune)")}; add it, so the two scores can be compared";
        return new FineTuningCheck.Issue(Rule, message);
    }
}
