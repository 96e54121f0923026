using PromptLint.Diagnostics;
using PromptLint.Model;

namespace PromptLint.Rules;

/// <summary>PL4001, PL4002, PL4013, PL4014 and PL4015 on a prompt file: <see cref="FineTuningCheck"/> on the model its metadata names.</summary>
internal static class FineTuningRules
{
    public static void Report(PromptDocument document, RuleContext context, RuleDescriptor rule)
    {
        if (document.Model is not { } model)
        {
            return;
        }

        foreach (FineTuningCheck.Issue issue in FineTuningCheck.Check(model.Id, context.Settings))
        {
            if (issue.Rule == rule)
            {
                context.Report(model.Span, issue.Message);
            }
        }
    }
}
