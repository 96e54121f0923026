using System;
using System.Collections.Generic;
using System.IO;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>
/// How <see cref="EvidenceChecker"/> opens the files one <c>models:</c> entry names: through the host's boundary
/// first (a refused path is a PL0010 at its value in promptlint.yaml that quotes nothing from the file, and is
/// never opened), then through the host's opener; eval results are read up to <see cref="Limits.InputLimits.MaxEvalResultBytes"/>.
/// </summary>
internal sealed class EvidenceFiles
{
    private readonly Func<string, TextReader?> _open;
    private readonly Func<ModelBaseline, string, string?>? _refuse;
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);

    public EvidenceFiles(ModelBaseline model, Func<string, TextReader?> open, Func<ModelBaseline, string, string?>? refuse, LintSettings settings, FineTuneEvidence evidence)
    {
        Model = model;
        _open = open;
        _refuse = refuse;
        Settings = settings;
        Evidence = evidence;
    }

    public ModelBaseline Model { get; }

    public LintSettings Settings { get; }

    public FineTuneEvidence Evidence { get; }

    public bool WasRefused(string path) => _refused.Contains(path);

    /// <summary>Opens <paramref name="path"/> (the value of <paramref name="key"/>, <paramref name="relative"/> as written), or null.</summary>
    public TextReader? Open(string key, string relative, string path, bool namedByResult = false)
    {
        if (_refuse?.Invoke(Model, path) is { } reason)
        {
            _refused.Add(path);
            string what = namedByResult
                ? $"the dataset '{relative}' that the {key} result of '{Model.ModelPattern}' names"
                : $"the {key} file '{relative}' that promptlint.yaml declares for '{Model.ModelPattern}'";
            ReportRefused(key, what + " is not read: " + reason);
            return null;
        }

        try
        {
            return _open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the checks that need this file are not run
        }
    }

    /// <summary>An eval result's text, or null; past the size limit it is a PL0013 on the file and null.</summary>
    public string? ReadAll(string key, string relative, string path)
    {
        using TextReader? reader = Open(key, relative, path);
        if (reader is null)
        {
            return null;
        }

        int limit = ResultLimit(Settings);
        string? text = Limits.BoundedText.Read(reader, limit);
        if (text is null)
        {
            ReportTooLarge(path, limit);
        }

        return text;
    }

    /// <summary>How much of an eval result is read: <see cref="Limits.InputLimits.MaxEvalResultBytes"/>, or <c>maxFileBytes</c> when that is higher.</summary>
    public static int ResultLimit(LintSettings settings) => Math.Max(Limits.InputLimits.MaxEvalResultBytes, InputDecoder.MaxFileBytes(settings));

    private void ReportTooLarge(string path, int limit)
    {
        Severity severity = Settings.SeverityOf(InputTooLarge.Rule);
        if (severity != Severity.None)
        {
            Evidence.FindingList.Add(new Finding(InputTooLarge.Rule, severity, path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 1)),
                $"eval result has more than {limit:N0} characters, over the limit for eval results, and was not read; write a summary result (schemas/promptlint-eval.schema.json)"));
        }
    }

    private void ReportRefused(string key, string message)
    {
        Severity severity = Settings.SeverityOf(UnreadableInput.Rule);
        if (severity == Severity.None)
        {
            return;
        }

        LinePositionSpan position = Model.ValuePositions.TryGetValue(key, out LinePositionSpan at) ? at : default;
        Evidence.FindingList.Add(new Finding(UnreadableInput.Rule, severity, Model.ConfigPath, Model.SpanOf(key), position,
            message));
    }
}
