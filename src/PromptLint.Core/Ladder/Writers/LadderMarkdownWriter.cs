using System.Linq;
using System.Text;
using PromptLint.Text;

namespace PromptLint.Ladder.Writers;

/// <summary>The ladder report as GitHub-flavoured Markdown, for <c>$GITHUB_STEP_SUMMARY</c> and PR comments.</summary>
public static class LadderMarkdownWriter
{
    public static string Write(LadderReport report)
    {
        var sb = new StringBuilder("## PromptLint ladder report\n\n");
        sb.Append(LadderTableWriter.Totals(report)).Append(".\n\n");
        sb.Append("| prompt | rung | format spec | role | examples | pasted knowledge | current facts (PL3002) | model | tokens | tokens/day | per day | per year | break-even | fine-tune cost | savings/day | next step |\n");
        sb.Append("|---|---|---|---|---:|---|---|---|---:|---:|---:|---:|---|---:|---:|---|\n");
        foreach (LadderPrompt p in report.Prompts)
        {
            string rung = RungNames.Label(p.Rung) + (p.Skipped.Count > 0 ? $" (skipped {LadderText.Skipped(p)})" : "");
            string tokens = $"{LadderText.Tokens(p.Tokens)} ({p.Tokens.Counter})";
            string model = p.Model is null ? LadderText.Unknown : SafeText.CodeSpan(p.Model) + (p.FineTuned ? $" fine-tuned, evidence: {p.Evidence}" : "");
            sb.Append("| ").Append(string.Join(" | ", new[]
            {
                SafeText.CodeSpan(p.Path), rung, LadderText.YesNo(p.HasFormatSpec), LadderText.YesNo(p.HasRole), p.Examples.ToString(System.Globalization.CultureInfo.InvariantCulture),
                p.PastedKnowledge ? "yes" : "no", p.AsksForCurrentFacts ? "asked, no retrieval" : "no", model, tokens, LadderText.Count(p.Cost.TokensPerDay), LadderText.Money(p.Cost.DailyOverhead),
                LadderText.Money(p.Cost.YearlyOverhead), LadderText.Days(p), LadderText.Money(p.Cost.FineTuningCost), LadderText.Money(p.Cost.DailySavings), p.NextStep,
            }.Select(Cell))).Append(" |\n");
        }

        Arithmetic(sb, report);
        if (report.FineTunes.Count > 0)
        {
            sb.Append("\n### Before fine-tuning: the four questions\n");
            foreach (FineTuneAssessment fineTune in report.FineTunes)
            {
                sb.Append("\n**").Append(SafeText.CodeSpan(fineTune.Model)).Append("**").Append(fineTune.DeclaredIn is null ? "" : $" ({SafeText.CodeSpan(fineTune.DeclaredIn)})").Append(" — evidence: ").Append(Cell(fineTune.Evidence));
                sb.Append(fineTune.Prompts.Count > 0 ? "; used by " + string.Join(", ", fineTune.Prompts.Select(SafeText.CodeSpan)) : "").Append("\n\n");
                sb.Append(Cell(LadderText.Base(fineTune))).Append("\n\n");
                sb.Append("| question | answer | why |\n|---|---|---|\n");
                foreach (QuestionAnswer q in fineTune.Rows)
                {
                    sb.Append("| ").Append(Cell(q.Question)).Append(" | **").Append(LadderText.Answer(q.Answer)).Append("** | ").Append(Cell(q.Why)).Append(" |\n");
                }
            }
        }

        sb.Append('\n').Append(LadderTableWriter.Footer(report)).Append('\n');
        return sb.ToString();
    }

    private static void Arithmetic(StringBuilder sb, LadderReport report)
    {
        if (!report.Prompts.Any(LadderArithmetic.HasFigures))
        {
            return;
        }

        sb.Append("\n### How the figures are worked out\n\nPrices are per million tokens.\n");
        foreach (LadderPrompt p in report.Prompts.Where(LadderArithmetic.HasFigures))
        {
            sb.Append("\n**").Append(Cell(SafeText.CodeSpan(p.Path))).Append("**\n\n| figure | working |\n|---|---|\n");
            foreach (ArithmeticStep step in LadderArithmetic.Steps(p))
            {
                sb.Append("| ").Append(Cell(step.Figure)).Append(" | ").Append(Cell(step.Working)).Append(" |\n");
            }
        }
    }

    private static string Cell(string text) => SafeText.MarkdownCell(text);
}
