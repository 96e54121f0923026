using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Model;
using PromptLint.Models;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Templates;

namespace PromptLint.Ladder;

/// <summary>
/// Builds the ladder report from what the lint pipeline produced: each prompt's document and findings, the
/// configuration cascade (for <c>usage:</c>), the fine-tuning evidence, a token counter and the price table.
/// No file IO here: hosts run <c>PromptFilePipeline</c>/<c>EvidencePipeline</c> with <see cref="WithFactRules"/>
/// and hand the outcomes over.
/// </summary>
/// <remarks>
/// The prompt facts come from rule findings where one says it: no PL1001 finding means a format spec, no PL1003 a
/// role, a PL3001 finding pasted knowledge; a finding suppressed in the file counts as absent (the team said so).
/// The example count and whether there are static instructions at all come from <c>PromptAnalysis.Of</c>, the entry
/// point the rules themselves read, and nothing deeper.
/// </remarks>
public static class LadderReportBuilder
{
    /// <summary>The rules whose findings give the facts; they run at least at info for the report whatever promptlint.yaml says.</summary>
    public static IReadOnlyList<RuleDescriptor> FactRules { get; } = new[]
    {
        RuleCatalog.SystemPromptLacksOutputFormat, RuleCatalog.NoRoleOrPersona, RuleCatalog.NoFewShotExamples, RuleCatalog.KnowledgeBelongsInRetrieval,
        RuleCatalog.FactsWithoutRetrievedContext,
    };

    /// <summary>Template variable names (lower case, without <c>_</c>/<c>-</c>) that read retrieved context.</summary>
    private static readonly string[] RetrievalWords = { "context", "document", "docs", "passage", "chunk", "retriev", "searchresult", "knowledge", "snippet", "excerpt", "grounding" };

    /// <summary>Turns the fact rules on (at info) where the settings turned them off, so their absence means something.</summary>
    public static LintSettings WithFactRules(LintSettings settings) =>
        FactRules.Aggregate(settings, (s, rule) => s.SeverityOf(rule) == Severity.None ? s.WithSeverity(rule.Id, Severity.Info) : s);

    /// <param name="prompts">Each linted prompt: its full path, how to display it, and the pipeline's result.</param>
    /// <param name="cascade">The configuration cascade the pipeline used (for <c>usage:</c> and the training floors).</param>
    /// <param name="evidence">The evidence of the declared fine-tunes (<c>EvidencePipeline.LintDeclared</c>).</param>
    /// <param name="counter">Counts static-text tokens; null: the calibrated estimate.</param>
    /// <param name="prices">The default prices; null: the embedded table.</param>
    /// <param name="displayPath">How the host displays a full path (for the promptlint.yaml that declares a fine-tune); null: as is.</param>
    public static LadderReport Build(
        IEnumerable<(string FullPath, string DisplayPath, PromptDocument Document, IReadOnlyList<Finding> Findings)> prompts,
        ConfigCascade cascade,
        IReadOnlyList<FineTuneEvidence> evidence,
        ITokenCounter? counter = null,
        PriceTable? prices = null,
        Func<string, string>? displayPath = null)
    {
        counter ??= EstimatingTokenCounter.Instance;
        prices ??= PriceTable.Default;
        var rows = new List<LadderPrompt>();
        foreach (var p in prompts.OrderBy(p => p.DisplayPath, StringComparer.Ordinal))
        {
            rows.Add(Prompt(p.FullPath, p.DisplayPath, p.Document, p.Findings, cascade, evidence, counter, prices));
        }

        var report = new LadderReport
        {
            Prompts = rows,
            FineTunes = FineTuneQuestions.Assess(rows, cascade, evidence, displayPath ?? (path => path)),
            PricesAsOf = prices.AsOf,
            PricesSource = prices.Source,
            PricesShortSource = prices.ShortSource,
        };
        report.TotalDailyOverhead = CostMath.Guarded(() => rows.Sum(r => r.Cost.DailyOverhead ?? 0m));
        report.TotalYearlyOverhead = report.TotalDailyOverhead is { } daily ? CostMath.Guarded(() => CostMath.YearlyOverhead(daily)) : null;
        report.PromptsWithoutCost = rows.Count(r => r.Cost.DailyOverhead is null);
        return report;
    }

    private static LadderPrompt Prompt(string fullPath, string display, PromptDocument document, IReadOnlyList<Finding> findings,
        ConfigCascade cascade, IReadOnlyList<FineTuneEvidence> evidence, ITokenCounter counter, PriceTable prices)
    {
        bool Has(RuleDescriptor rule) => findings.Any(f => f.Rule == rule);
        ConfigChain chain = cascade.ChainFor(fullPath);
        // The two facts no finding carries exactly, from the analysis the rules read (its small entry point only).
        Analysis.PromptAnalysis analysis = Analysis.PromptAnalysis.Of(document);
        int examples = analysis.Examples.Count;
        bool instructions = analysis.HasStaticInstructions;
        var row = new LadderPrompt
        {
            Path = display,
            Format = document.Format,
            HasInstructions = instructions,
            HasFormatSpec = instructions ? !Has(RuleCatalog.SystemPromptLacksOutputFormat) : null,
            HasRole = instructions ? !Has(RuleCatalog.NoRoleOrPersona) : null,
            Examples = examples,
            PastedKnowledge = Has(RuleCatalog.KnowledgeBelongsInRetrieval),
            AsksForCurrentFacts = Has(RuleCatalog.FactsWithoutRetrievedContext),
            RetrievalVariables = RetrievalVariables(document),
        };

        row.Model = document.Model?.Id;
        row.ModelSource = row.Model is null ? null : "metadata";
        if (row.Model is null && UsageResolver.ModelFor(chain, fullPath) is { } usageModel)
        {
            row.Model = usageModel;
            row.ModelSource = "usage";
        }

        FineTuneEvidence? declared = row.Model is null ? null : evidence.FirstOrDefault(e => e.Declaration.Matches(row.Model));
        ModelIdClassification classification = ModelIdClassifier.Classify(row.Model);
        row.FineTuned = row.Model is not null && (declared is not null || classification.Class is ModelIdClass.FineTuned or ModelIdClass.Custom);
        row.BaseModel = row.FineTuned ? declared?.BaseModel ?? classification.BaseModel : null;
        row.Evidence = row.FineTuned ? EvidenceSummary.Of(declared) : null;
        if (row.FineTuned && declared is null)
        {
            RetirementTable table = cascade.SettingsFor(fullPath).Retirements;
            row.BaseRetirement = BaseRetirementStatus.Of(row.BaseModel, Rules.BaseRetirement.Find(row.Model, table), table.AsOf);
        }

        row.Tokens = counter.Count(StaticText(document), row.Model);
        row.Cost = Cost(row, UsageResolver.Resolve(chain, fullPath, row.Model, row.BaseModel, prices));
        Place(row);
        return row;
    }

    /// <summary>The messages' text as written, one after another (template tags stand in for their values and are counted as written).</summary>
    private static string StaticText(PromptDocument document) => string.Join("\n", document.Messages.Select(m => m.Text));

    private static IReadOnlyList<string> RetrievalVariables(PromptDocument document) =>
        document.Expressions.SelectMany(e => e.Variables.Select(v => v.Name).DefaultIfEmpty(e.Kind == TemplateExpressionKind.Variable ? e.Name : string.Empty))
            .Where(name => name.Length > 0 && RetrievalWords.Any(w => name.Replace("_", "").Replace("-", "").ToLowerInvariant().Contains(w)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static PromptCost Cost(LadderPrompt row, ResolvedUsage usage)
    {
        var cost = new PromptCost { Usage = usage };
        decimal? price = row.FineTuned ? usage.FineTunedInputPricePerMillion : usage.InputPricePerMillion;
        cost.InputPricePerMillion = price;
        var missing = new List<string>();
        if (usage.CallsPerDay is null) missing.Add("callsPerDay");
        if (price is null) missing.Add(row.FineTuned ? "fineTunedInputPricePerMillion" : row.Model is null ? "model (or inputPricePerMillion)" : "inputPricePerMillion");
        cost.Missing = string.Join(", ", missing);
        try
        {
            if (usage.CallsPerDay is { } calls)
            {
                cost.TokensPerDay = CostMath.TokensPerDay(calls, row.Tokens.Tokens);
            }

            if (usage.CallsPerDay is { } callsPerDay && price is { } p)
            {
                cost.DailyOverhead = CostMath.DailyOverhead(callsPerDay, row.Tokens.Tokens, p);
                cost.YearlyOverhead = CostMath.YearlyOverhead(cost.DailyOverhead.Value);
            }

            BreakEven(row, usage, cost);
            NamePriceSources(row, usage, cost);
        }
        catch (OverflowException)
        {
            cost.TokensPerDay = cost.DailyOverhead = cost.YearlyOverhead = cost.DailySavings = cost.FineTuningCost = null;
            cost.BreakEvenDays = null;
            cost.Missing = "figures too large to compute";
            cost.BreakEvenNote = "figures too large to compute";
        }

        return cost;
    }

    /// <summary>Which price sources the computed figures used: the default table, usage: entries, or both.</summary>
    private static void NamePriceSources(LadderPrompt row, ResolvedUsage u, PromptCost cost)
    {
        var used = new List<string>();
        if (cost.DailyOverhead is not null)
        {
            used.Add(row.FineTuned ? nameof(u.FineTunedInputPricePerMillion) : nameof(u.InputPricePerMillion));
        }

        if (cost.FineTuningCost is not null)
        {
            used.AddRange(new[] { nameof(u.TrainingPricePerMillion), nameof(u.InputPricePerMillion), nameof(u.FineTunedInputPricePerMillion) });
            if ((u.OutputTokensPerCall ?? 0m) > 0)
            {
                used.AddRange(new[] { nameof(u.OutputPricePerMillion), nameof(u.FineTunedOutputPricePerMillion) });
            }
        }

        cost.UsesDefaultPrices = used.Any(u.PricesFromTable.Contains);
        cost.UsesUsagePrices = used.Any(field => !u.PricesFromTable.Contains(field));
    }

    private static void BreakEven(LadderPrompt row, ResolvedUsage u, PromptCost cost)
    {
        if (row.FineTuned)
        {
            cost.BreakEvenNote = "already on a fine-tune";
            return;
        }

        if (u.TokensRemovedByFineTune is null)
        {
            cost.BreakEvenNote = "not estimated: set tokensRemovedByFineTune";
            return;
        }

        var needs = new List<string>();
        if (u.CallsPerDay is null) needs.Add("callsPerDay");
        if (u.InputPricePerMillion is null) needs.Add("inputPricePerMillion");
        if (u.FineTunedInputPricePerMillion is null) needs.Add("fineTunedInputPricePerMillion");
        if (u.TrainingPricePerMillion is null) needs.Add("trainingPricePerMillion");
        if (u.TrainingTokens is null) needs.Add("trainingTokens");
        decimal outputTokens = u.OutputTokensPerCall ?? 0m;
        if (outputTokens > 0 && (u.OutputPricePerMillion is null || u.FineTunedOutputPricePerMillion is null)) needs.Add("outputPricePerMillion and fineTunedOutputPricePerMillion");
        if (needs.Count > 0)
        {
            cost.BreakEvenNote = "not estimated: needs " + string.Join(", ", needs);
            return;
        }

        cost.FineTuningCost = CostMath.FineTuningCost(u.TrainingTokens!.Value, u.TrainingPricePerMillion!.Value);
        cost.DailySavings = CostMath.DailySavings(u.CallsPerDay!.Value, row.Tokens.Tokens, u.TokensRemovedByFineTune.Value, u.UserTokensPerCall ?? 0m, outputTokens,
            u.InputPricePerMillion!.Value, u.OutputPricePerMillion ?? 0m, u.FineTunedInputPricePerMillion!.Value, u.FineTunedOutputPricePerMillion ?? 0m);
        cost.BreakEvenDays = CostMath.BreakEvenDays(cost.FineTuningCost.Value, cost.DailySavings.Value);
        cost.BreakEvenNote = cost.BreakEvenDays is { } days
            ? $"pays off after {days:N0} day{(days == 1 ? "" : "s")}"
            : "never: the fine-tuned price premium is at least what the removed tokens save";
    }

    /// <summary>The rung a prompt stands on (the highest technique it uses), the cheaper rungs it skipped, and the next cheap step.</summary>
    private static void Place(LadderPrompt row)
    {
        row.Rung = row.FineTuned ? Rung.FineTune
            : row.RetrievalVariables.Count > 0 ? Rung.Retrieval
            : row.Examples > 0 ? Rung.FewShot
            : Rung.Prompt;

        var skipped = new List<Rung>();
        bool rungOneDone = row.HasInstructions && row.HasFormatSpec == true && row.HasRole == true;
        if (!rungOneDone && row.Rung > Rung.Prompt) skipped.Add(Rung.Prompt);
        if (row.Examples == 0 && row.Rung > Rung.FewShot) skipped.Add(Rung.FewShot);
        if ((row.PastedKnowledge || row.AsksForCurrentFacts) && row.Rung == Rung.FineTune) skipped.Add(Rung.Retrieval);
        row.Skipped = skipped;
        row.NextStep = NextStep(row);
    }

    private static string NextStep(LadderPrompt row)
    {
        if (!row.HasInstructions) return "write the instructions: role, task, constraints and output format";
        if (row.HasFormatSpec == false) return "add an output-format spec (PL1001)";
        if (row.HasRole == false) return "add a role: who the model is and whom it serves (PL1003)";
        if (row.Examples == 0) return "add 3–5 worked input→output examples (PL2001)";
        if (row.Examples < 3) return $"add examples: {row.Examples} of 3–5 (PL2002)";
        if (row.PastedKnowledge) return "move the pasted reference data to retrieval (PL3001)";
        if (row.AsksForCurrentFacts) return "retrieve the current facts it asks for and pass them in a context variable (PL3002)";
        if (row.FineTuned)
        {
            return row.Evidence == EvidenceSummary.Passed
                ? "none: keep the baseline and held-out eval current"
                : "measure a prompt baseline and a held-out eval for the fine-tune (PL4001–PL4006)";
        }

        return row.Cost.BreakEvenDays is { } days
            ? $"none cheaper; a fine-tune would pay off after {days:N0} days, if the four questions say yes"
            : "none cheaper; fine-tune only if the four questions say yes";
    }
}
