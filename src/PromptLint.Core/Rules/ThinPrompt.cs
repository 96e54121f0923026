using PromptLint.Analysis;
using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>
/// Which of PL1001, PL1002, PL1003 and PL2001 judge a prompt. Short instructions that say nothing to a model
/// (placeholder text of a test fixture: "Hello from the prompt file") are not judged. Below PL1002's <c>minWords</c> PL1002 alone reports, naming what is missing, so a
/// thin prompt gets one finding, not four at one position; when PL1002 is switched off the other rules report instead.
/// </summary>
internal static class ThinPrompt
{
    /// <summary>Whether PL1002 reports this prompt (and the other three stay quiet).</summary>
    public static bool IsThin(RuleContext context) =>
        IsShort(context) && context.Analysis.AddressesModel && context.Settings.SeverityOf(RuleCatalog.SystemPromptTooThin) != Severity.None;

    /// <summary>Whether PL1001, PL1003 and PL2001 may judge the prompt's content.</summary>
    public static bool ContentRulesApply(RuleContext context) => IsJudged(context) && !IsThin(context);

    /// <summary>Static instructions that are not short placeholder text.</summary>
    public static bool IsJudged(RuleContext context) =>
        context.Analysis.HasStaticInstructions && (context.Analysis.AddressesModel || !IsShort(context));

    private static bool IsShort(RuleContext context) =>
        context.Analysis.StaticWordCount < context.Settings.Option(SystemPromptTooThin.Rule, SystemPromptTooThin.MinWords);
}
