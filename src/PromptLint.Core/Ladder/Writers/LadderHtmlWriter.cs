using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PromptLint.Ladder.Writers;

/// <summary>
/// The ladder report as one self-contained HTML page: inline CSS, an inline SVG chart of the static-text cost per
/// prompt, the ladder status per prompt, the four questions per fine-tune. No script, no font, no image, no link
/// to anything (a Content-Security-Policy of <c>default-src 'none'</c> says so to the browser): it reads offline.
/// </summary>
public static class LadderHtmlWriter
{
    private const int ChartWidth = 1000;
    private const int LabelWidth = 330;
    private const int ValueWidth = 150;
    private const int BarHeight = 22;
    private const int RowGap = 8;
    private const int AxisHeight = 20;

    private const string Style = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bar: #0969da; --done: #1a7f37; --current: #0969da; --skipped: #cf222e; --open: #eaeef2; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px 32px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 18px 0 6px; }
        p.summary { font-size: 15px; margin: 4px 0 12px; } p.note, footer { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; } th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        td.rung { width: 88px; text-align: center; font-size: 12px; font-weight: 600; }
        td.rung.done { background: #dafbe1; color: var(--done); } td.rung.current { background: #ddf4ff; color: var(--current); outline: 2px solid var(--current); outline-offset: -2px; }
        td.rung.skipped { background: #ffebe9; color: var(--skipped); } td.rung.open { background: var(--open); color: var(--muted); }
        .answer-yes { color: var(--done); font-weight: 600; } .answer-no { color: var(--skipped); font-weight: 600; } .answer-unknown { color: var(--muted); font-weight: 600; }
        p.base-retired { color: var(--skipped); font-weight: 600; } p.base-retiring { color: var(--current); font-weight: 600; } p.base-notListed, p.base-unknown { color: var(--muted); }
        svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
        svg .bar { fill: var(--bar); } svg .none { fill: var(--muted); } svg .grid { stroke: var(--line); stroke-width: 1; } svg text.axis { fill: var(--muted); font-size: 11px; }
        """;

    public static string Write(LadderReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>PromptLint ladder report</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<h1>PromptLint ladder report</h1>\n<p class=\"summary\" id=\"totals\">").Append(E(LadderTableWriter.Totals(report))).Append(".</p>\n");
        Chart(sb, report);
        Status(sb, report);
        Details(sb, report);
        Arithmetic(sb, report);
        Questions(sb, report);
        sb.Append("<footer><p>").Append(E(LadderTableWriter.Footer(report))).Append("</p>");
        if (report.Prompts.Any(p => p.Cost.UsesDefaultPrices))
        {
            sb.Append("<p>Default prices: ").Append(E(report.PricesSource)).Append("</p>");
        }

        sb.Append("</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Chart(StringBuilder sb, LadderReport report)
    {
        sb.Append("<h2>Static-text cost per prompt (per day)</h2>\n");
        var scale = LogScale.For(report.Prompts.Select(p => p.Cost.DailyOverhead ?? 0m));
        if (scale is not null)
        {
            sb.Append("<p class=\"note\">Log scale: each gridline is ten times the one before, so a cent and a hundred dollars both stay visible; every bar is labelled with its value.</p>\n");
        }

        int rows = Math.Max(report.Prompts.Count, 1);
        int height = rows * (BarHeight + RowGap) + RowGap + AxisHeight;
        sb.Append($"<svg id=\"cost-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" role=\"img\" aria-label=\"Static-text cost per prompt per day\">\n");
        int barSpace = ChartWidth - LabelWidth - ValueWidth;
        Gridlines(sb, scale, barSpace, height - AxisHeight);
        int y = RowGap;
        foreach (LadderPrompt p in report.Prompts)
        {
            int textY = y + BarHeight / 2 + 4;
            sb.Append($"<text x=\"{LabelWidth - 8}\" y=\"{textY}\" text-anchor=\"end\">{E(Shorten(p.Path, 48))}</text>\n");
            if (p.Cost.DailyOverhead is { } daily)
            {
                int width = scale?.Width(daily, barSpace) ?? 0;
                sb.Append($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" rx=\"3\"><title>{E(p.Path)}: {E(LadderText.Money(daily))} per day</title></rect>\n");
                sb.Append($"<text x=\"{LabelWidth + width + 6}\" y=\"{textY}\">{E(LadderText.Money(daily))}/day</text>\n");
            }
            else
            {
                sb.Append($"<text class=\"none\" x=\"{LabelWidth}\" y=\"{textY}\">no cost: {E(p.Cost.Missing)} unknown</text>\n");
            }

            y += BarHeight + RowGap;
        }

        if (report.Prompts.Count == 0)
        {
            sb.Append($"<text x=\"8\" y=\"{RowGap + BarHeight / 2 + 4}\">no prompt files found</text>\n");
        }

        sb.Append("</svg>\n");
    }

    /// <summary>A vertical line and a dollar label per power of ten of the scale.</summary>
    private static void Gridlines(StringBuilder sb, LogScale? scale, int barSpace, int bottom)
    {
        if (scale is null)
        {
            return;
        }

        foreach (decimal tick in scale.Ticks())
        {
            int x = LabelWidth + scale.Width(tick, barSpace);
            sb.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{bottom}\"/>\n");
            sb.Append($"<text class=\"axis\" x=\"{x}\" y=\"{bottom + 14}\" text-anchor=\"middle\">{E(LogScale.Label(tick))}</text>\n");
        }
    }

    private static void Status(StringBuilder sb, LadderReport report)
    {
        sb.Append("<h2>Ladder status</h2>\n<table id=\"ladder\">\n<thead><tr><th>prompt</th>");
        foreach (Rung rung in Enum.GetValues(typeof(Rung)))
        {
            sb.Append("<th>").Append(E(RungNames.Label(rung))).Append("</th>");
        }

        sb.Append("<th>stands on</th><th>next step</th></tr></thead>\n<tbody>\n");
        foreach (LadderPrompt p in report.Prompts)
        {
            sb.Append("<tr><td><code>").Append(E(p.Path)).Append("</code></td>");
            foreach (Rung rung in Enum.GetValues(typeof(Rung)))
            {
                (string cls, string text) = p.Skipped.Contains(rung) ? ("skipped", "skipped")
                    : rung == p.Rung ? ("current", "here")
                    : rung < p.Rung ? ("done", "done")
                    : ("open", "—");
                sb.Append($"<td class=\"rung {cls}\" title=\"{E(RungNames.Label(rung))}: {cls}\">{text}</td>");
            }

            sb.Append("<td>").Append(E(RungNames.Label(p.Rung))).Append("</td><td>").Append(E(p.NextStep)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void Details(StringBuilder sb, LadderReport report)
    {
        sb.Append("<h2>Prompts</h2>\n<table id=\"prompts\">\n<thead><tr><th>prompt</th><th>format spec</th><th>role</th><th>examples</th><th>pasted knowledge</th><th>current facts (PL3002)</th><th>model</th><th>tokens</th><th>calls/day</th><th>tokens/day</th><th>input $/M</th><th>per day</th><th>per year</th><th>break-even</th><th>fine-tune cost</th><th>savings/day</th></tr></thead>\n<tbody>\n");
        foreach (LadderPrompt p in report.Prompts)
        {
            string model = p.Model is null ? LadderText.Unknown : p.Model + (p.FineTuned ? $" (fine-tuned; evidence: {p.Evidence})" : "");
            sb.Append("<tr><td><code>").Append(E(p.Path)).Append("</code></td>")
                .Append(Cell(LadderText.YesNo(p.HasFormatSpec))).Append(Cell(LadderText.YesNo(p.HasRole)))
                .Append(Num(p.Examples.ToString(CultureInfo.InvariantCulture))).Append(Cell(p.PastedKnowledge ? "yes" : "no")).Append(Cell(p.AsksForCurrentFacts ? "asked, no retrieval" : "no")).Append(Cell(model))
                .Append("<td class=\"num\" title=\"").Append(E(p.Tokens.Note ?? p.Tokens.Counter)).Append("\">").Append(E($"{LadderText.Tokens(p.Tokens)} ({p.Tokens.Counter})")).Append("</td>")
                .Append(Num(LadderText.Number(p.Cost.Usage.CallsPerDay))).Append(Num(LadderText.Count(p.Cost.TokensPerDay))).Append(Num(LadderText.Price(p.Cost.InputPricePerMillion)))
                .Append(Num(LadderText.Money(p.Cost.DailyOverhead))).Append(Num(LadderText.Money(p.Cost.YearlyOverhead)))
                .Append("<td title=\"").Append(E(p.Cost.BreakEvenNote)).Append("\">").Append(E(LadderText.Days(p))).Append("</td>")
                .Append(Num(LadderText.Money(p.Cost.FineTuningCost))).Append(Num(LadderText.Money(p.Cost.DailySavings))).Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void Arithmetic(StringBuilder sb, LadderReport report)
    {
        if (!report.Prompts.Any(LadderArithmetic.HasFigures))
        {
            return;
        }

        sb.Append("<h2>How the figures are worked out</h2>\n<p class=\"note\">Prices are per million tokens; money is exact until the result is rounded to the cent.</p>\n");
        sb.Append("<table id=\"arithmetic\">\n<thead><tr><th>prompt</th><th>figure</th><th>working</th></tr></thead>\n<tbody>\n");
        foreach (LadderPrompt p in report.Prompts.Where(LadderArithmetic.HasFigures))
        {
            IReadOnlyList<ArithmeticStep> steps = LadderArithmetic.Steps(p);
            for (int i = 0; i < steps.Count; i++)
            {
                sb.Append("<tr>");
                if (i == 0)
                {
                    sb.Append($"<td rowspan=\"{steps.Count}\"><code>").Append(E(p.Path)).Append("</code></td>");
                }

                sb.Append(Cell(steps[i].Figure)).Append(Cell(steps[i].Working)).Append("</tr>\n");
            }
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void Questions(StringBuilder sb, LadderReport report)
    {
        if (report.FineTunes.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Before fine-tuning: the four questions</h2>\n");
        foreach (FineTuneAssessment f in report.FineTunes)
        {
            sb.Append("<h3><code>").Append(E(f.Model)).Append("</code>").Append(f.DeclaredIn is null ? "" : " (" + E(f.DeclaredIn) + ")").Append(" — evidence: ").Append(E(f.Evidence)).Append("</h3>\n")
                .Append($"<p class=\"base base-{E(f.BaseRetirement.Status)}\">").Append(E(LadderText.Base(f))).Append("</p>\n<table class=\"questions\">\n<thead><tr><th>question</th><th>answer</th><th>why</th></tr></thead>\n<tbody>\n");
            foreach (QuestionAnswer q in f.Rows)
            {
                string answer = LadderText.Answer(q.Answer);
                sb.Append("<tr><td>").Append(E(q.Question)).Append($"</td><td class=\"answer-{answer}\">{answer}</td><td>").Append(E(q.Why)).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }
    }

    private static string Cell(string text) => "<td>" + E(text) + "</td>";

    private static string Num(string text) => "<td class=\"num\">" + E(text) + "</td>";

    private static string Shorten(string path, int max) => path.Length <= max ? path : "…" + path.Substring(path.Length - max + 1);

    private static string E(string text) => Text.SafeText.Html(text);
}
