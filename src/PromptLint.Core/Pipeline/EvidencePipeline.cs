using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PromptLint.Configuration;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Pipeline;

/// <summary>
/// The fine-tuning evidence a promptlint.yaml declares under <c>models:</c> (eval results, training and validation
/// sets), and datasets named on their own, read through the host like every other file: streamed when the host
/// can stream (<see cref="IStreamingFileHost"/>), else read whole. For the CLI and the MSBuild task; the analyzer
/// never lints datasets (not per keystroke).
/// </summary>
public sealed class EvidencePipeline
{
    private readonly ConfigCascade _cascade;
    private readonly IPromptFileHost _host;
    private readonly Func<LintSettings, LintSettings>? _adjust;
    private readonly IEvidenceBoundary? _boundary;

    /// <param name="cascade">The configurations whose <c>models:</c> are checked.</param>
    /// <param name="host">Reads the files.</param>
    /// <param name="adjustSettings">Command-line adjustments of the settings (the CLI's).</param>
    /// <param name="boundary">
    /// Where the files a configuration names may be (the disk hosts pass PromptLint.Hosting's <c>RepositoryBoundary</c>:
    /// the CLI and the MSBuild tasks share this check); a path outside it, or not a regular file, is a PL0010 at its value and is never opened.
    /// </param>
    public EvidencePipeline(ConfigCascade cascade, IPromptFileHost host, Func<LintSettings, LintSettings>? adjustSettings = null, IEvidenceBoundary? boundary = null)
    {
        _cascade = cascade ?? throw new ArgumentNullException(nameof(cascade));
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _adjust = adjustSettings;
        _boundary = boundary;
    }

    /// <summary>Every <c>models:</c> entry of the configurations read so far (those that parsed), in file order.</summary>
    public IReadOnlyList<ModelBaseline> DeclaredModels() =>
        _cascade.Parsed.Where(p => p.Config is not null).SelectMany(p => p.Config!.Models).ToList();

    /// <summary>Whether some <c>models:</c> entry names <paramref name="fullPath"/> as one of its files.</summary>
    public bool Declares(string fullPath) => DeclaredModels().Any(m => DeclaredFiles(m).Any(f => SamePath(f, fullPath)));

    /// <summary>Checks the evidence of every declared model; a file shared by several models is reported once.</summary>
    public IReadOnlyList<FineTuneEvidence> LintDeclared() => LintDeclared(DeclaredModels());

    public IReadOnlyList<FineTuneEvidence> LintDeclared(IEnumerable<ModelBaseline> models) =>
        EvidenceChecker.CheckAll(models, Open, model => Settings(model.ConfigPath.Length > 0 ? model.ConfigPath : "promptlint.yaml"),
            _boundary is null ? null : (model, path) => _boundary.Refusal(model.ConfigPath, path));

    /// <summary>
    /// Every file checking <paramref name="models"/> may read, for cache keys: the declared files and the datasets
    /// their eval results name (a held-out set that changes must be checked again). Refused paths are left out (they are never read).
    /// </summary>
    public IReadOnlyList<string> FilesRead(IEnumerable<ModelBaseline> models)
    {
        var files = new List<string>();
        foreach (ModelBaseline model in models)
        {
            files.AddRange(DeclaredFiles(model).Where(path => Readable(model, path)));
            foreach (string? result in new[] { model.Baseline, model.Evaluation })
            {
                if (model.Resolve(result) is { } path && Readable(model, path) && DatasetNamedBy(model, path) is { } dataset && Readable(model, dataset))
                {
                    files.Add(dataset);
                }
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private bool Readable(ModelBaseline model, string path) => _boundary?.Refusal(model.ConfigPath, path) is null;

    private string? DatasetNamedBy(ModelBaseline model, string resultPath)
    {
        using TextReader? reader = Open(resultPath);
        string? text = reader is null ? null : Limits.BoundedText.Read(reader, EvidenceFiles.ResultLimit(Settings(resultPath)));
        string? dataset = text is null ? null : EvalResultReader.Read(resultPath, text, model.Metric).Result?.Dataset?.Value;
        return dataset is not null && DatasetLinter.IsDatasetFileName(dataset) ? model.Resolve(dataset) : null;
    }

    /// <summary>
    /// The outcome for a candidate that is evidence rather than a prompt, or null for the prompt pipeline: a file
    /// <c>models:</c> declares is skipped here (<see cref="LintDeclared()"/> reports it once, with its role); a
    /// <c>.jsonl</c> named explicitly is linted as a dataset; one found by a walk is skipped.
    /// </summary>
    public FileOutcome? Claim(CandidateFile file)
    {
        if (Declares(file.Path))
        {
            return FileOutcome.Skip(file.Path, "promptlint.yaml declares it under models:; it is linted as fine-tuning evidence");
        }

        if (file.Explicit && file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && EvalResultText(file.Path) is { } text)
        {
            return FileOutcome.Linted(file.Path, EvalResultFindings(file.Path, text));
        }

        if (!DatasetLinter.IsDatasetFileName(file.Path))
        {
            return null;
        }

        return file.Explicit
            ? FileOutcome.Linted(file.Path, LintDataset(file.Path).Findings)
            : FileOutcome.Skip(file.Path, "a dataset no models: entry declares (name it to lint it)");
    }

    /// <summary>A dataset named on its own (not under <c>models:</c>): a training set of an undeclared task kind.</summary>
    public DatasetReport LintDataset(string fullPath)
    {
        using TextReader reader = Open(fullPath) ?? new StringReader(string.Empty);
        return DatasetLinter.Lint(fullPath, reader, Settings(fullPath));
    }

    /// <summary>The text of a named .json file that is shaped like an eval result, else null (then it is a prompt's).</summary>
    private string? EvalResultText(string path)
    {
        FileContent content = _host.Read(path, Settings(path).Option(InputTooLarge.Rule, "maxFileBytes"));
        string? text = content.Kind switch
        {
            FileContentKind.Text => content.Text,
            FileContentKind.Bytes => new UTF8Encoding(false).GetString(content.Bytes!),
            _ => null,
        };
        return text is not null && EvalResultReader.LooksLikeEvalResult(text) ? text : null;
    }

    /// <summary>An eval result named on its own: only whether it reads (PL0014); comparing needs both files under models:.</summary>
    private IReadOnlyList<Finding> EvalResultFindings(string path, string text)
    {
        EvalReadResult read = EvalResultReader.Read(path, text);
        Severity severity = Settings(path).SeverityOf(MalformedStructure.Rule);
        return read.Problem is null || severity == Severity.None
            ? Array.Empty<Finding>()
            : new[] { new Finding(MalformedStructure.Rule, severity, path, read.ProblemSpan, read.Source.GetLinePositionSpan(read.ProblemSpan), read.Problem) };
    }

    private LintSettings Settings(string path)
    {
        LintSettings settings = _cascade.SettingsFor(path);
        return _adjust is null ? settings : _adjust(settings);
    }

    private TextReader? Open(string path)
    {
        if (_host is IStreamingFileHost streaming)
        {
            Stream? stream = streaming.OpenRead(path);
            return stream is null ? null : new Datasets.Utf8CheckedReader(stream);
        }

        FileContent content = _host.Read(path, int.MaxValue - 1);
        return content.Kind switch
        {
            FileContentKind.Text => new StringReader(content.Text!),
            FileContentKind.Bytes => new StringReader(new UTF8Encoding(false).GetString(content.Bytes!)),
            _ => null,
        };
    }

    private static IEnumerable<string> DeclaredFiles(ModelBaseline model) =>
        new[] { model.Baseline, model.Evaluation, model.Regression?.Base, model.Regression?.FineTune, model.Training, model.Validation }.Where(p => p is not null).Select(p => model.Resolve(p)!);

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
