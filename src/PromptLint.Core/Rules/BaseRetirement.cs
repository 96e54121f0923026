using System.Collections.Generic;
using PromptLint.Models;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>PL4013/PL4014 for one model ID: the fine-tune's base (named inside its ID) looked up in the retirement table.</summary>
internal static class BaseRetirement
{
    public static IEnumerable<FineTuningCheck.Issue> Check(string id, ModelIdClassification classification, RetirementTable table)
    {
        if (classification.Class != ModelIdClass.FineTuned || classification.BaseModel is not { } baseModel
            || table.Find(classification.Provider, baseModel) is not { } row)
        {
            yield break;
        }

        string provider = row.Provider ?? classification.Provider;
        string judged = $"(retirement table as of {table.AsOf}; source: {row.Source})";
        if (row.IsRetiredOn(table.AsOf))
        {
            yield return new FineTuningCheck.Issue(RuleCatalog.FineTuneBaseRetired,
                $"{classification.Kind} '{id}' was trained from '{baseModel}', which {provider} retired on {row.Retires} {judged}; it cannot be retrained on that base: fine-tune a current base model and measure its baseline again");
        }
        else
        {
            yield return new FineTuningCheck.Issue(RuleCatalog.FineTuneBaseRetiring,
                $"{classification.Kind} '{id}' was trained from '{baseModel}', which {provider} retires on {row.Retires} {judged}; plan the retraining on a current base model and measure its baseline there before that date");
        }
    }
}
