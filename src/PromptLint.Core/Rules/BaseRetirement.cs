using System.Collections.Generic;
using PromptLint.Models;
using PromptLint.Settings;

namespace PromptLint.Rules;

/// <summary>
/// PL4013/PL4014 for one model ID or <c>models:</c> pattern: the fine-tune's base (named inside its ID) looked up in
/// the retirement table. A use site whose <c>models:</c> entry names the same base leaves the finding to the entry
/// (<see cref="EntryReports"/>): one finding per declared fine-tune, where its evidence is declared.
/// </summary>
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

    /// <summary>PL4013/PL4014 for a <c>models:</c> entry, from the base its pattern names (a <c>*</c> inside the base names none).</summary>
    public static IEnumerable<FineTuningCheck.Issue> CheckEntry(ModelBaseline entry, RetirementTable table) =>
        Check(entry.ModelPattern.Trim(), ClassifyPattern(entry.ModelPattern), table);

    /// <summary>The table's row for the base an ID or pattern names, or null (not a fine-tune, no base in the ID, or no row).</summary>
    public static ModelRetirement? Find(string? idOrPattern, RetirementTable table)
    {
        if (idOrPattern is null)
        {
            return null;
        }

        ModelIdClassification classification = ClassifyPattern(idOrPattern);
        return classification.Class == ModelIdClass.FineTuned && classification.BaseModel is { } baseModel ? table.Find(classification.Provider, baseModel) : null;
    }

    /// <summary>
    /// Whether the <c>models:</c> entry <paramref name="declared"/> reports the base retirement of the use site classified
    /// as <paramref name="classification"/> itself: its pattern names the same base of the same provider.
    /// </summary>
    public static bool EntryReports(ModelBaseline? declared, ModelIdClassification classification)
    {
        if (declared is null || classification.BaseModel is null)
        {
            return false;
        }

        ModelIdClassification entry = ClassifyPattern(declared.ModelPattern);
        return entry.Class == ModelIdClass.FineTuned && entry.Provider == classification.Provider
            && string.Equals(entry.BaseModel, classification.BaseModel, System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A pattern classified as an ID: <c>*</c> stands for a run of ID characters.</summary>
    private static ModelIdClassification ClassifyPattern(string pattern) => ModelIdClassifier.Classify(pattern.Trim().Replace("*", "x0"));
}
