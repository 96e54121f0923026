using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PromptLint.Ladder.Writers;

/// <summary>
/// The ladder report as a plain-text table for a terminal, no wider than the width it is given: columns the width
/// cannot hold are left out (least useful first, and named under the table), the next step wraps. Then how each
/// prompt's figures are worked out, the four questions per fine-tune, and where the prices came from.
/// </summary>
public static class LadderTableWriter
{
    public const int DefaultWidth = 120;

    private const string Gap = "  ";

    /// <summary>The columns in display order; <see cref="Column.Keep"/> is the rank of the column when space runs short (lower stays longer).</summary>
    private static readonly Column[] Columns =
    {
        new("prompt", 0, p => p.Path),
        new("rung", 1, p => RungNames.Label(p.Rung) + (p.Skipped.Count > 0 ? " !" : "")),
        new("format", 12, p => LadderText.YesNo(p.HasFormatSpec)),
        new("role", 13, p => LadderText.YesNo(p.HasRole)),
        new("examples", 11, p => p.Examples.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("knowledge", 14, LadderText.Knowledge),
        new("model", 10, LadderText.Model),
        new("tokens", 2, p => LadderText.Tokens(p.Tokens)),
        new("counter", 15, p => p.Tokens.Counter),
        new("tokens/day", 6, p => LadderText.Count(p.Cost.TokensPerDay)),
        new("per day", 3, p => LadderText.Money(p.Cost.DailyOverhead)),
        new("per year", 7, p => LadderText.Money(p.Cost.YearlyOverhead)),
        new("fine-tune", 8, p => LadderText.Money(p.Cost.FineTuningCost)),
        new("saves/day", 9, p => LadderText.Money(p.Cost.DailySavings)),
        new("break-even", 4, LadderText.Days),
        new("next step", 5, p => p.NextStep),
    };

    /// <summary>The narrowest the last column (the next step, wrapped) is squeezed to before another column is left out.</summary>
    private const int MinLastWidth = 20;

    public static string Write(LadderReport report) => Write(report, DefaultWidth);

    /// <param name="report">The report.</param>
    /// <param name="width">The characters a line may take (the terminal's width).</param>
    public static string Write(LadderReport report, int width)
    {
        width = Math.Max(width, 40);
        var sb = new StringBuilder();
        WriteTable(sb, report, width);
        sb.Append('\n');
        AppendWrapped(sb, Totals(report), width, "  ");
        if (report.Prompts.Any(p => p.Skipped.Count > 0))
        {
            AppendWrapped(sb, "! skipped a cheaper rung: " + string.Join("; ", report.Prompts.Where(p => p.Skipped.Count > 0).Select(p => $"{p.Path} ({LadderText.Skipped(p)})")), width, "  ");
        }

        WriteArithmetic(sb, report, width);
        foreach (FineTuneAssessment fineTune in report.FineTunes)
        {
            sb.Append('\n');
            AppendWrapped(sb, $"Fine-tune {fineTune.Model}{(fineTune.DeclaredIn is null ? "" : $" ({fineTune.DeclaredIn})")} — evidence: {fineTune.Evidence}", width, "  ");
            AppendWrapped(sb, "  " + LadderText.Base(fineTune), width, "    ");
            foreach (QuestionAnswer q in fineTune.Rows)
            {
                AppendWrapped(sb, "  " + LadderText.Answer(q.Answer).PadRight(8) + q.Question + " — " + q.Why, width, new string(' ', 10));
            }
        }

        sb.Append('\n');
        AppendWrapped(sb, Footer(report), width, "");
        return Text.SafeText.Visible(sb.ToString(), keepLineBreaks: true); // no escape sequence from a file name or a models: key reaches the terminal
    }

    public static string Totals(LadderReport report) =>
        $"{report.Prompts.Count} prompt{(report.Prompts.Count == 1 ? "" : "s")}: static text costs {LadderText.Money(report.TotalDailyOverhead)}/day, {LadderText.Money(report.TotalYearlyOverhead)}/year"
        + (report.PromptsWithoutCost > 0 ? $" ({report.PromptsWithoutCost} without a cost: set callsPerDay and a model or price under usage:)" : string.Empty);

    public static string Footer(LadderReport report) =>
        $"Tokens: {(report.Prompts.Count == 0 ? "none counted" : LadderText.Counters(report))}. Prices: {LadderText.PriceSources(report)}. Money is rounded to the cent, break-even days up to whole days.";

    private static void WriteTable(StringBuilder sb, LadderReport report, int width)
    {
        List<string[]> cells = report.Prompts.Select(p => Columns.Select(c => c.Value(p)).ToArray()).ToList();
        int[] widths = Enumerable.Range(0, Columns.Length).Select(c => cells.Select(r => r[c].Length).Prepend(Columns[c].Header.Length).Max()).ToArray();
        List<int> shown = FitColumns(widths, width);
        int last = shown[shown.Count - 1];
        int lastStart = shown.Take(shown.Count - 1).Sum(c => widths[c] + Gap.Length);
        int lastWidth = Math.Max(width - lastStart, Columns[last].Header.Length);

        AppendRow(sb, shown.Select(c => Columns[c].Header).ToArray(), shown, widths, lastStart, lastWidth);
        sb.Append(string.Join(Gap, shown.Select(c => new string('-', c == last ? Math.Min(widths[c], lastWidth) : widths[c])))).Append('\n');
        foreach (string[] row in cells)
        {
            AppendRow(sb, shown.Select(c => row[c]).ToArray(), shown, widths, lastStart, lastWidth);
        }

        string[] left = Enumerable.Range(0, Columns.Length).Where(c => !shown.Contains(c)).Select(c => Columns[c].Header).ToArray();
        if (left.Length > 0)
        {
            AppendWrapped(sb, $"(left out to fit {width} characters: {string.Join(", ", left)}; they are in --format markdown, json and html)", width, "");
        }
    }

    /// <summary>The columns that fit, in display order: the least useful leave first until the row and a readable last column fit.</summary>
    private static List<int> FitColumns(int[] widths, int width)
    {
        var shown = Enumerable.Range(0, Columns.Length).ToList();
        while (shown.Count > 2)
        {
            int last = shown[shown.Count - 1];
            int fixedWidth = shown.Take(shown.Count - 1).Sum(c => widths[c] + Gap.Length);
            if (fixedWidth + Math.Min(widths[last], MinLastWidth) <= width)
            {
                break;
            }

            shown.Remove(shown.Skip(1).OrderByDescending(c => Columns[c].Keep).First());
        }

        return shown;
    }

    private static void AppendRow(StringBuilder sb, string[] row, List<int> shown, int[] widths, int lastStart, int lastWidth)
    {
        var line = new StringBuilder();
        for (int i = 0; i < row.Length - 1; i++)
        {
            line.Append(row[i].PadRight(widths[shown[i]])).Append(Gap);
        }

        List<string> wrapped = Wrap(row[row.Length - 1], lastWidth);
        sb.Append((line + wrapped[0]).TrimEnd()).Append('\n');
        foreach (string more in wrapped.Skip(1))
        {
            sb.Append(new string(' ', lastStart)).Append(more).Append('\n');
        }
    }

    private static void WriteArithmetic(StringBuilder sb, LadderReport report, int width)
    {
        if (!report.Prompts.Any(LadderArithmetic.HasFigures))
        {
            return;
        }

        sb.Append("\nHow the figures are worked out (prices per million tokens):\n");
        foreach (LadderPrompt prompt in report.Prompts.Where(LadderArithmetic.HasFigures))
        {
            sb.Append(prompt.Path).Append('\n');
            foreach (ArithmeticStep step in LadderArithmetic.Steps(prompt))
            {
                AppendWrapped(sb, "  " + step.Figure.PadRight(16) + step.Working, width, new string(' ', 18));
            }
        }
    }

    private static void AppendWrapped(StringBuilder sb, string text, int width, string indent)
    {
        List<string> lines = Wrap(text, width);
        sb.Append(lines[0]).Append('\n');
        if (lines.Count == 1)
        {
            return;
        }

        foreach (string line in Wrap(string.Join(" ", lines.Skip(1)), width - indent.Length))
        {
            sb.Append(indent).Append(line).Append('\n');
        }
    }

    /// <summary>Splits at spaces into lines of at most <paramref name="width"/> characters (a longer word gets a line of its own).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        bool started = false; // an empty word (from two spaces in a row) still counts, so indentation survives
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                started = false;
            }

            line.Append(started ? " " : "").Append(word);
            started = true;
        }

        lines.Add(line.ToString());
        return lines;
    }

    private sealed record Column(string Header, int Keep, Func<LadderPrompt, string> Value);
}
