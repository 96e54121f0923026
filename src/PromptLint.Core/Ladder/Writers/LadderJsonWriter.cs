using System.Linq;
using PromptLint.Diagnostics;

namespace PromptLint.Ladder.Writers;

/// <summary>
/// The ladder report as JSON (schemas/promptlint-ladder.schema.json). Money and prices are exact decimals in US
/// dollars, not rounded (round to the cent when displaying); break-even days are whole days, rounded up.
/// </summary>
public static class LadderJsonWriter
{
    public const int Version = 1;

    public static string Write(LadderReport report)
    {
        var w = new JsonOut();
        w.Begin('{');
        if (RepositoryLinks.Current.Schema("promptlint-ladder.schema.json") is { } schema)
        {
            w.Prop("$schema", schema);
        }

        w.Prop("version", (long)Version);
        w.Name("prices").Begin('{').Prop("asOf", report.PricesAsOf).Prop("source", report.PricesSource).Prop("currency", "USD").End('}');
        w.Name("totals").Begin('{')
            .Prop("prompts", (long)report.Prompts.Count)
            .Prop("dailyOverhead", report.TotalDailyOverhead)
            .Prop("yearlyOverhead", report.TotalYearlyOverhead)
            .Prop("promptsWithoutCost", (long)report.PromptsWithoutCost)
            .End('}');
        w.Name("prompts").Begin('[');
        foreach (LadderPrompt p in report.Prompts)
        {
            w.Begin('{');
            w.Prop("path", p.Path).Prop("format", p.Format.ToString());
            w.Prop("rung", (long)p.Rung).Prop("rungLabel", RungNames.Key(p.Rung));
            w.Name("skippedRungs").Begin('[');
            foreach (Rung r in p.Skipped) w.Value((long)r);
            w.End(']');
            w.Prop("hasInstructions", p.HasInstructions).Prop("hasFormatSpec", p.HasFormatSpec).Prop("hasRole", p.HasRole);
            w.Prop("examples", (long)p.Examples).Prop("pastedKnowledge", p.PastedKnowledge).Prop("asksForCurrentFacts", p.AsksForCurrentFacts).Strings("retrievalVariables", p.RetrievalVariables);
            w.Prop("model", p.Model).Prop("modelSource", p.ModelSource).Prop("fineTuned", p.FineTuned).Prop("baseModel", p.BaseModel).Prop("evidence", p.Evidence);
            w.Name("tokens").Begin('{').Prop("count", (long)p.Tokens.Tokens).Prop("counter", p.Tokens.Counter).Prop("exact", p.Tokens.Exact).Prop("note", p.Tokens.Note).End('}');
            PromptCost c = p.Cost;
            w.Name("cost").Begin('{')
                .Prop("callsPerDay", c.Usage.CallsPerDay)
                .Prop("inputPricePerMillion", c.InputPricePerMillion)
                .Prop("dailyOverhead", c.DailyOverhead)
                .Prop("yearlyOverhead", c.YearlyOverhead)
                .Prop("fineTuningCost", c.FineTuningCost)
                .Prop("dailySavings", c.DailySavings)
                .Prop("breakEvenDays", c.BreakEvenDays)
                .Prop("breakEvenNote", c.BreakEvenNote)
                .Prop("missing", c.Missing.Length == 0 ? null : c.Missing)
                .Strings("sources", c.Usage.Sources)
                .End('}');
            w.Prop("nextStep", p.NextStep);
            w.End('}');
        }

        w.End(']');
        w.Name("fineTunes").Begin('[');
        foreach (FineTuneAssessment f in report.FineTunes)
        {
            w.Begin('{').Prop("model", f.Model).Prop("baseModel", f.BaseModel).Prop("declaredIn", f.DeclaredIn).Prop("evidence", f.Evidence).Strings("prompts", f.Prompts);
            BaseRetirementStatus b = f.BaseRetirement;
            w.Name("baseRetirement").Begin('{').Prop("status", b.Status).Prop("date", b.Date).Prop("asOf", b.AsOf).Prop("source", b.Source).End('}');
            w.Name("questions").Begin('[');
            foreach (QuestionAnswer q in f.Questions)
            {
                Answer(w, q);
            }

            w.End(']');
            w.Name("generalAbility");
            Answer(w, f.GeneralAbility);
            w.End('}');
        }

        w.End(']');
        w.End('}');
        return w + "\n";
    }

    private static void Answer(JsonOut w, QuestionAnswer q) =>
        w.Begin('{').Prop("key", q.Key).Prop("question", q.Question).Prop("answer", LadderText.Answer(q.Answer)).Prop("why", q.Why).End('}');
}
