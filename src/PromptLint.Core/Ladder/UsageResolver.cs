using System.Collections.Generic;
using System.Linq;
using PromptLint.Configuration;

namespace PromptLint.Ladder;

/// <summary>
/// Layers the figures for one prompt, later layers winning field by field: the default price table's row for the
/// model (a fine-tune's base model), then <c>usage.models</c> entries matching the model ID or its base model, then
/// <c>usage.prompts</c> entries matching the file; within each layer farther promptlint.yaml files first and entries
/// in file order, as rule settings cascade.
/// </summary>
public static class UsageResolver
{
    /// <summary>The model a <c>usage.prompts</c> entry gives the file (the last matching one), for files that declare none.</summary>
    public static string? ModelFor(ConfigChain chain, string fullPath) =>
        PromptEntries(chain, fullPath).LastOrDefault(e => e.Model is not null)?.Model;

    public static ResolvedUsage Resolve(ConfigChain chain, string fullPath, string? modelId, string? baseModel, PriceTable prices)
    {
        var usage = new ResolvedUsage();
        ModelPrice? row = prices.Find(baseModel ?? modelId) ?? prices.Find(modelId);
        if (row is not null)
        {
            usage.InputPricePerMillion = row.Input;
            usage.OutputPricePerMillion = row.Output;
            usage.FineTunedInputPricePerMillion = row.FineTunedInput;
            usage.FineTunedOutputPricePerMillion = row.FineTunedOutput;
            usage.TrainingPricePerMillion = row.Training;
            usage.SourceList.Add($"price table {prices.AsOf} ({row.Model})");
            usage.PricesFromTable.UnionWith(PriceFieldsGiven(row.Input, row.Output, row.FineTunedInput, row.FineTunedOutput, row.Training));
        }

        foreach (UsageEntry entry in chain.FarthestFirst.SelectMany(c => c.Usage).Where(e => e.Scope == UsageScope.Models && (e.MatchesModel(modelId) || e.MatchesModel(baseModel))))
        {
            Apply(usage, entry, "usage.models");
        }

        foreach (UsageEntry entry in PromptEntries(chain, fullPath))
        {
            Apply(usage, entry, "usage.prompts");
        }

        return usage;
    }

    /// <summary>The <c>usage.models</c> entries that match a model, farthest file first.</summary>
    public static IEnumerable<UsageEntry> ModelEntries(IEnumerable<PromptLintConfig> configs, string? modelId) =>
        configs.SelectMany(c => c.Usage).Where(e => e.Scope == UsageScope.Models && e.MatchesModel(modelId));

    private static IEnumerable<UsageEntry> PromptEntries(ConfigChain chain, string fullPath) =>
        chain.FarthestFirst.SelectMany(c => c.Usage).Where(e => e.Scope == UsageScope.Prompts && e.MatchesPrompt(fullPath));

    private static void Apply(ResolvedUsage usage, UsageEntry entry, string section)
    {
        usage.CallsPerDay = entry.CallsPerDay ?? usage.CallsPerDay;
        usage.InputPricePerMillion = entry.InputPricePerMillion ?? usage.InputPricePerMillion;
        usage.OutputPricePerMillion = entry.OutputPricePerMillion ?? usage.OutputPricePerMillion;
        usage.FineTunedInputPricePerMillion = entry.FineTunedInputPricePerMillion ?? usage.FineTunedInputPricePerMillion;
        usage.FineTunedOutputPricePerMillion = entry.FineTunedOutputPricePerMillion ?? usage.FineTunedOutputPricePerMillion;
        usage.TrainingPricePerMillion = entry.TrainingPricePerMillion ?? usage.TrainingPricePerMillion;
        usage.TrainingTokens = entry.TrainingTokens ?? usage.TrainingTokens;
        usage.TokensRemovedByFineTune = entry.TokensRemovedByFineTune ?? usage.TokensRemovedByFineTune;
        usage.UserTokensPerCall = entry.UserTokensPerCall ?? usage.UserTokensPerCall;
        usage.OutputTokensPerCall = entry.OutputTokensPerCall ?? usage.OutputTokensPerCall;
        usage.SourceList.Add($"{section} \"{entry.Key}\"");
        usage.PricesFromTable.ExceptWith(PriceFieldsGiven(entry.InputPricePerMillion, entry.OutputPricePerMillion,
            entry.FineTunedInputPricePerMillion, entry.FineTunedOutputPricePerMillion, entry.TrainingPricePerMillion));
    }

    /// <summary>The names of the <see cref="ResolvedUsage"/> price fields a layer gives a value for.</summary>
    private static IEnumerable<string> PriceFieldsGiven(decimal? input, decimal? output, decimal? fineTunedInput, decimal? fineTunedOutput, decimal? training)
    {
        if (input is not null) yield return nameof(ResolvedUsage.InputPricePerMillion);
        if (output is not null) yield return nameof(ResolvedUsage.OutputPricePerMillion);
        if (fineTunedInput is not null) yield return nameof(ResolvedUsage.FineTunedInputPricePerMillion);
        if (fineTunedOutput is not null) yield return nameof(ResolvedUsage.FineTunedOutputPricePerMillion);
        if (training is not null) yield return nameof(ResolvedUsage.TrainingPricePerMillion);
    }
}
