using System.Collections.Generic;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Datasets;

/// <summary>What a dataset rule gets: the settings, the task kind, the training set (when linting another set), and a way to report at a line.</summary>
internal sealed class DatasetContext
{
    /// <summary>At most this many findings per rule and file are listed; the last one says how many more there are.</summary>
    public const int MaxFindingsPerRule = 10;

    private readonly Dictionary<RuleDescriptor, int> _counts = new();
    private readonly Dictionary<RuleDescriptor, int> _unlisted = new();

    public DatasetContext(DatasetReport report, LintSettings settings, FineTuneTask task, DatasetReport? training, string? trainingDisplayName)
    {
        Report = report;
        Settings = settings;
        Task = task;
        Training = training;
        TrainingDisplayName = trainingDisplayName;
    }

    public DatasetReport Report { get; }

    public LintSettings Settings { get; }

    public FineTuneTask Task { get; }

    public DatasetReport? Training { get; }

    public string? TrainingDisplayName { get; }

    public bool IsEnabled(RuleDescriptor rule) => Settings.SeverityOf(rule) != Severity.None;

    public int Option(RuleDescriptor rule, RuleOption option) => Settings.Option(rule, option);

    /// <summary>Reports at a line and column (1-based) of the dataset; <paramref name="offset"/> is the character offset in the file.</summary>
    public void ReportAt(RuleDescriptor rule, int line, int column, long offset, int length, string message)
    {
        Severity severity = Settings.SeverityOf(rule);
        if (severity == Severity.None)
        {
            return;
        }

        _counts.TryGetValue(rule, out int count);
        _counts[rule] = count + 1;
        if (count >= MaxFindingsPerRule)
        {
            _unlisted[rule] = count + 1 - MaxFindingsPerRule;
            return;
        }

        int start = offset > int.MaxValue ? int.MaxValue : (int)offset;
        var position = new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + length));
        Report.FindingList.Add(new Finding(rule, severity, Report.Path, new TextSpan(start, length), position, message));
    }

    /// <summary>Appends "(and N more …)" to each rule's last listed finding when more were found than listed.</summary>
    public void Close()
    {
        foreach (var pair in _unlisted)
        {
            int last = Report.FindingList.FindLastIndex(f => f.Rule == pair.Key);
            Finding finding = Report.FindingList[last];
            Report.FindingList[last] = finding with { Message = finding.Message + $" ({pair.Value} more like this in the file are not listed)" };
        }
    }
}
