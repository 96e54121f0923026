using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PromptLint.Ladder.Writers;

/// <summary>The ladder report as a plain-text table for a terminal: one row per prompt, then the four questions per fine-tune.</summary>
public static class LadderTableWriter
{
    private static readonly string[] Header = { "prompt", "rung", "format", "role", "examples", "knowledge", "model", "tokens", "counter", "per day", "per year", "break-even", "next step" };

    public static string Write(LadderReport report)
    {
        var rows = new List<string[]> { Header };
        rows.AddRange(report.Prompts.Select(p => new[]
        {
            p.Path, RungNames.Label(p.Rung) + (p.Skipped.Count > 0 ? " !" : ""), LadderText.YesNo(p.HasFormatSpec), LadderText.YesNo(p.HasRole),
            p.Examples.ToString(System.Globalization.CultureInfo.InvariantCulture), p.PastedKnowledge ? "pasted" : "no", LadderText.Model(p),
            LadderText.Tokens(p.Tokens), p.Tokens.Counter, LadderText.Money(p.Cost.DailyOverhead), LadderText.Money(p.Cost.YearlyOverhead), LadderText.Days(p), p.NextStep,
        }));
        int[] widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (string[] row in rows)
        {
            sb.Append(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
            if (ReferenceEquals(row, Header))
            {
                sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
            }
        }

        sb.Append('\n').Append(Totals(report)).Append('\n');
        if (report.Prompts.Any(p => p.Skipped.Count > 0))
        {
            sb.Append("! skipped a cheaper rung: ")
                .Append(string.Join("; ", report.Prompts.Where(p => p.Skipped.Count > 0).Select(p => $"{p.Path} ({LadderText.Skipped(p)})"))).Append('\n');
        }

        foreach (FineTuneAssessment fineTune in report.FineTunes)
        {
            sb.Append('\n').Append("Fine-tune ").Append(fineTune.Model).Append(fineTune.DeclaredIn is null ? "" : $" ({fineTune.DeclaredIn})").Append(" — evidence: ").Append(fineTune.Evidence).Append('\n');
            foreach (QuestionAnswer q in fineTune.Questions)
            {
                sb.Append("  ").Append(LadderText.Answer(q.Answer).PadRight(8)).Append(q.Question).Append(" — ").Append(q.Why).Append('\n');
            }
        }

        sb.Append('\n').Append(Footer(report)).Append('\n');
        return Text.SafeText.Visible(sb.ToString(), keepLineBreaks: true); // no escape sequence from a file name or a models: key reaches the terminal
    }

    public static string Totals(LadderReport report) =>
        $"{report.Prompts.Count} prompt{(report.Prompts.Count == 1 ? "" : "s")}: static text costs {LadderText.Money(report.TotalDailyOverhead)}/day, {LadderText.Money(report.TotalYearlyOverhead)}/year"
        + (report.PromptsWithoutCost > 0 ? $" ({report.PromptsWithoutCost} without a cost: set callsPerDay and a model or price under usage:)" : string.Empty);

    public static string Footer(LadderReport report) =>
        $"Tokens: {(report.Prompts.Count == 0 ? "none counted" : LadderText.Counters(report))}. Prices: usage: figures over the default table of {report.PricesAsOf} ({report.PricesShortSource}; never fetched). Money is rounded to the cent, break-even days up to whole days.";
}
