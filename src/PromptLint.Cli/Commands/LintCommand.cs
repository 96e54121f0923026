using System.Text;
using PromptLint.Cli.Reporting;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Pipeline;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Cli.Commands;

/// <summary>
/// <c>promptlint lint</c>: walk the paths, send every file through Core's pipeline (and what <c>models:</c> declares
/// through the evidence pipeline) with the promptlint.yaml cascade, apply the baseline, and write the report.
/// </summary>
internal static class LintCommand
{
    public static int Run(LintOptions options, CliContext context)
    {
        string workingDirectory = context.WorkingDirectory;
        TextWriter stdout = context.Stdout;
        ConfigCascade cascade = Cascade(options.ConfigPath, workingDirectory);
        var inputs = CommandInputs.Discover(options.Paths, options.StdinFileName, cascade, context);
        List<WalkEntry> files = inputs.Files;
        string repoRoot = RepositoryRoot(workingDirectory);
        var paths = new ReportPaths(workingDirectory, repoRoot);
        string baselinePath = Path.GetFullPath(options.BaselinePath ?? Baseline.DefaultFileName, workingDirectory);
        if (!options.UpdateBaseline && !File.Exists(baselinePath) && options.BaselinePath is not null)
        {
            throw new UsageException($"baseline not found: {options.BaselinePath}");
        }

        // Fingerprints are keyed (see FingerprintKey): by the baseline's key when there is one, so they match it.
        Finding? baselineProblem = null;
        Baseline? baseline = !options.UpdateBaseline && File.Exists(baselinePath) ? Baseline.Load(baselinePath, out baselineProblem) : null;
        FingerprintKey key = options.UpdateBaseline ? Baseline.KeyForUpdate(baselinePath) : baseline?.Key ?? FingerprintKey.ForRun();
        var configFindings = new List<ReportedFinding>();
        foreach (ConfigParseResult config in cascade.Parsed.Where(p => p.Problems.Count > 0))
        {
            List<string> fingerprints = Fingerprints.Compute(config.Problems, null, paths.RepoPath(config.Path), key);
            configFindings.AddRange(config.Problems.Select((f, k) => paths.Report(f, fingerprints[k])));
        }

        if (baselineProblem is not null)
        {
            configFindings.Add(paths.Report(baselineProblem, Fingerprints.Compute([baselineProblem], null, paths.RepoPath(baselinePath), key)[0]));
        }

        if (cascade.HasErrors)
        {
            // A broken configuration stops the run: no lint with settings other than the ones written.
            WriteReport(new LintReport(configFindings, 0, 0, 0, options.Redact), options, repoRoot, stdout, workingDirectory);
            return ExitCodes.UsageError;
        }

        IStreamingFileHost host = inputs.Host;
        var pipeline = new PromptFilePipeline(cascade, host, options.Apply);
        var evidence = DiskEvidence.Pipeline(cascade, host, workingDirectory, options.Apply);
        var outcomes = new FileOutcome[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = LintFile(pipeline, evidence, files[i]));
        if (options.Verbose)
        {
            foreach (FileOutcome skipped in outcomes.Where(o => o.Skipped))
            {
                context.Stderr.WriteLine(SafeText.Visible($"skipped {DisplayPath(skipped.Path, workingDirectory)}: {skipped.SkipReason}"));
            }
        }

        var results = outcomes.Where(o => !o.Skipped).Select(o => (o.Findings, o.Document?.Source)).ToList();
        results.AddRange(EvidenceFindings(evidence));

        var reported = new List<ReportedFinding>(configFindings);
        foreach (var r in results)
        {
            if (r.Findings.Count > 0)
            {
                string repoPath = paths.RepoPath(r.Findings[0].Path);
                List<string> fingerprints = Fingerprints.Compute(r.Findings, r.Source, repoPath, key);
                reported.AddRange(r.Findings.Select((f, k) => paths.Report(f, fingerprints[k])));
            }
        }

        reported.Sort(ReportedOrder.Instance);
        int linted = results.Count;
        if (options.UpdateBaseline)
        {
            Baseline.Write(baselinePath, reported, key);
            stdout.WriteLine($"wrote {reported.Count} finding{(reported.Count == 1 ? "" : "s")} from {linted} file{(linted == 1 ? "" : "s")} to {Path.GetRelativePath(workingDirectory, baselinePath).Replace('\\', '/')}");
            return ExitCodes.Success;
        }

        int baselined = 0, fixedEntries = 0;
        if (baseline is not null)
        {
            int before = reported.Count;
            reported = reported.Where(f => !baseline.Contains(f)).ToList();
            baselined = before - reported.Count;
            fixedEntries = baseline.Fixed;
        }

        var report = new LintReport(reported, linted, baselined, fixedEntries, options.Redact);
        WriteReport(report, options, repoRoot, stdout, workingDirectory);
        return ExitCode(report, options.FailOn);
    }

    private static int ExitCode(LintReport report, string failOn) => failOn switch
    {
        "never" => ExitCodes.Success,
        "warning" => report.Count(Severity.Error) + report.Count(Severity.Warning) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success,
        _ => report.Count(Severity.Error) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success,
    };

    private static void WriteReport(LintReport report, LintOptions options, string repoRoot, TextWriter stdout, string workingDirectory)
    {
        using Stream? file = options.OutputPath is null ? null : File.Create(Path.GetFullPath(options.OutputPath, workingDirectory));
        TextWriter text = file is null ? stdout : new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" };
        switch (options.Format)
        {
            case "json" or "sarif":
                var buffer = new MemoryStream();
                if (options.Format == "json")
                {
                    JsonReportWriter.Write(report, buffer);
                }
                else
                {
                    SarifReportWriter.Write(report, repoRoot, buffer);
                }

                text.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                break;
            case "github":
                GitHubReportWriter.Write(report, text);
                string? summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
                if (!string.IsNullOrEmpty(summary))
                {
                    File.AppendAllText(summary, GitHubReportWriter.StepSummary(report));
                }

                break;
            default:
                TextReportWriter.Write(report, text);
                break;
        }

        text.Flush();
        if (file is not null)
        {
            stdout.WriteLine(TextReportWriter.Summary(report) + $" (report written to {options.OutputPath})");
        }
    }

    /// <summary>
    /// One candidate through the pipeline; a folder the walk could not list is the walk's own PL0010. Files that
    /// models: declares are the evidence pipeline's (linted once, below); a .jsonl named on the command line is a dataset.
    /// </summary>
    internal static FileOutcome LintFile(PromptFilePipeline pipeline, EvidencePipeline evidence, WalkEntry candidate)
    {
        if (candidate.Kind == FileKind.Directory)
        {
            return FileOutcome.Problem(candidate.Path, InputDecoder.Unreadable(candidate.Path, candidate.Problem ?? "the folder cannot be listed", pipeline.SettingsFor(candidate.Path)));
        }

        var file = new CandidateFile(candidate.Path, candidate.Explicit);
        return evidence.Claim(file) ?? pipeline.Lint(file);
    }

    /// <summary>The evidence of every model the configurations read declare (eval results, datasets), one entry per file.</summary>
    private static IEnumerable<(IReadOnlyList<Finding> Findings, SourceText? Source)> EvidenceFindings(EvidencePipeline evidence) =>
        evidence.LintDeclared().SelectMany(e => e.Findings).GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => ((IReadOnlyList<Finding>)g.ToList(), (SourceText?)null));

    /// <summary>The nearest promptlint.yaml cascade, or the one file <c>--config</c> names.</summary>
    internal static ConfigCascade Cascade(string? configPath, string workingDirectory)
    {
        if (configPath is null)
        {
            return new ConfigCascade(new DiskConfigSource());
        }

        string full = Path.GetFullPath(configPath, workingDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException($"--config file not found: {configPath}");
        }

        return ConfigCascade.Explicit(DiskConfigSource.Read(full));
    }

    /// <summary>Paths relative to the working directory, with forward slashes, so output is the same on every OS.</summary>
    internal static string DisplayPath(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    /// <summary>The nearest folder at or above the working directory that holds <c>.git</c>; else the working directory.</summary>
    private static string RepositoryRoot(string workingDirectory)
    {
        for (string? dir = workingDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                return dir;
            }
        }

        return workingDirectory;
    }

    /// <summary>The report's order (display path, line, column, rule, message) without copying findings per comparison.</summary>
    private sealed class ReportedOrder : IComparer<ReportedFinding>
    {
        public static ReportedOrder Instance { get; } = new();

        public int Compare(ReportedFinding? x, ReportedFinding? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null || y is null) return x is null ? -1 : 1;
            int c = string.CompareOrdinal(x.DisplayPath, y.DisplayPath);
            Finding a = x.Finding, b = y.Finding;
            if (c == 0) c = a.Position.Start.Line.CompareTo(b.Position.Start.Line);
            if (c == 0) c = a.Position.Start.Column.CompareTo(b.Position.Start.Column);
            if (c == 0) c = string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
            if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
            return c;
        }
    }

    private sealed class ReportPaths(string workingDirectory, string repoRoot)
    {
        public string RepoPath(string fullPath) => Path.GetRelativePath(repoRoot, fullPath).Replace('\\', '/');

        public ReportedFinding Report(Finding finding, string fingerprint) =>
            new(finding, DisplayPath(finding.Path, workingDirectory), RepoPath(finding.Path), fingerprint);
    }
}
