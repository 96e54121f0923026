using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PromptLint.Analysis;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Json;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Linting;

/// <summary>
/// Lints a fine-tuning dataset in JSONL (OpenAI chat <c>{"messages": […]}</c>, <c>{"prompt", "completion"}</c>, or
/// preference <c>{"input", "preferred_output"}</c>) one line at a time: memory grows with the number of examples
/// (a few dozen bytes each for hashes and signatures), never with the file's size. Hosts open the file; Core reads
/// the stream. A line that does not parse is a PL0014 at its line and column, and the rest is still read.
/// </summary>
public static class DatasetLinter
{
    /// <summary>File names the hosts treat as datasets when they are not named under <c>models:</c>.</summary>
    public static bool IsDatasetFileName(string path) => path.EndsWith(".jsonl", System.StringComparison.OrdinalIgnoreCase);

    public static DatasetReport Lint(string path, Stream stream, LintSettings? settings = null, DatasetRole role = DatasetRole.Training,
        FineTuneTask task = FineTuneTask.Unspecified, DatasetReport? training = null)
    {
        using var reader = new Utf8CheckedReader(stream, leaveOpen: true);
        return Lint(path, reader, settings, role, task, training);
    }

    /// <param name="path">The dataset's path, for findings.</param>
    /// <param name="reader">The dataset's text, read once from start to end.</param>
    /// <param name="settings">Severities and options (PL4007's floors, PL4008's share).</param>
    /// <param name="role">Training, validation or evaluation data: which checks run.</param>
    /// <param name="task">The task kind from <c>models:</c>, for the size floor.</param>
    /// <param name="training">The training set's report, for overlap checks of a validation or evaluation set.</param>
    public static DatasetReport Lint(string path, TextReader reader, LintSettings? settings = null, DatasetRole role = DatasetRole.Training,
        FineTuneTask task = FineTuneTask.Unspecified, DatasetReport? training = null)
    {
        settings ??= LintSettings.Default;
        var report = new DatasetReport(path, role);
        var context = new DatasetContext(report, settings, task, training, training is null ? null : DisplayName(training.Path));
        List<DatasetRule> rules = RuleSet.CreateDatasetRules().Where(r => r.AppliesTo(role) && context.IsEnabled(r.Descriptor)).ToList();
        var lines = new JsonlLineReader(reader);
        string? line;
        while ((line = lines.Next()) is not null)
        {
            int number = lines.LineNumber;
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line.Substring(1);
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            DatasetExample? example = Parse(line, number, lines, role, context);
            if (example is null)
            {
                report.MalformedLines++;
                continue;
            }

            report.Examples++;
            if (example.FinalOutput is { } output && example.HasAssistantTurn)
            {
                string shape = example.FinalShape = OutputShape.Classify(output);
                report.ShapeCounts.TryGetValue(shape, out int n);
                report.ShapeCounts[shape] = n + 1;
            }

            if (role == DatasetRole.Evaluation && training is not null && training.InputLines.TryGetValue(example.InputHash, out int trainingLine))
            {
                report.OverlapWithTraining++;
                report.FirstOverlap ??= (number, trainingLine);
            }

            if (!report.InputLines.ContainsKey(example.InputHash))
            {
                report.InputLines[example.InputHash] = number;
            }

            foreach (DatasetRule rule in rules)
            {
                rule.Observe(example, lines.LineOffset, context);
            }
        }

        if (role != DatasetRole.Evaluation && reader is Utf8CheckedReader { FirstInvalid: { } bad })
        {
            // Like a prompt file's PL0012 (Formats/InputDecoder): the first bad byte, where it is; the lines were still read.
            context.ReportAt(InvalidUtf8.Rule, bad.Line, bad.Column, bad.CharOffset, 1, InputDecoder.InvalidUtf8Message(bad.ByteOffset));
        }

        foreach (DatasetRule rule in rules)
        {
            rule.Finish(context);
        }

        context.Close();
        report.FindingList.Sort(FindingOrder.Instance);
        return report;
    }

    private static DatasetExample? Parse(string line, int number, JsonlLineReader lines, DatasetRole role, DatasetContext context)
    {
        if (lines.Truncated)
        {
            if (role != DatasetRole.Evaluation)
            {
                context.ReportAt(MalformedStructure.Rule, number, 1, lines.LineOffset, 1,
                    $"line {number} is longer than {JsonlLineReader.MaxLineLength / (1024 * 1024)} Mi characters and was not read; one example per line, each a JSON object");
            }

            return null;
        }

        int indent = 0;
        while (indent < line.Length && char.IsWhiteSpace(line[indent]))
        {
            indent++;
        }

        JsonNode node;
        try
        {
            node = JsonParser.Parse(line);
        }
        catch (JsonSyntaxException e)
        {
            if (role != DatasetRole.Evaluation)
            {
                context.ReportAt(MalformedStructure.Rule, number, e.Offset + 1, lines.LineOffset + e.Offset, 1, $"line {number} is not valid JSON: {e.Message}");
            }

            return null;
        }

        DatasetExample? example = DatasetExample.From(node, number, role == DatasetRole.Evaluation, out string? problem);
        if (example is null && role != DatasetRole.Evaluation)
        {
            context.ReportAt(MalformedStructure.Rule, number, indent + 1, lines.LineOffset + indent, 1, $"line {number}: {problem}");
        }

        return example;
    }

    internal static string DisplayName(string path)
    {
        int slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
