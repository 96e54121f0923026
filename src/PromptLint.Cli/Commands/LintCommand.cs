using System.Text;
using PromptLint.Cli.Reporting;
using PromptLint.Configuration;
using PromptLint.Hosting;
using PromptLint.Linting;
using PromptLint.Pipeline;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Cli.Commands;

/// <summary>
/// <c>promptlint lint</c>: find the files and their promptlint.yaml, hand each file's bytes to the Core linter,
/// apply the baseline, and write the report in the chosen format.
/// </summary>
internal static class LintCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        LintOptions options = LintOptions.Parse(args);
        if (options.Paths.Count == 0)
        {
            options.Paths.Add(".");
        }

        ConfigCascade cascade = Cascade(options.ConfigPath, workingDirectory);
        var missing = new List<string>();
        List<FileDiscovery.Candidate> files = FileDiscovery.Expand(options.Paths, workingDirectory, missing);
        if (missing.Count > 0)
        {
            throw new UsageException($"path not found: {string.Join(", ", missing)}");
        }

        foreach (FileDiscovery.Candidate file in files)
        {
            cascade.ChainFor(file.Path); // read every configuration that applies before linting anything
        }

        string repoRoot = RepositoryRoot(workingDirectory);
        var paths = new ReportPaths(workingDirectory, repoRoot);
        List<ReportedFinding> configFindings = cascade.Parsed.SelectMany(p => p.Problems).Select(f => paths.Report(f, f.Message)).ToList();
        if (cascade.HasErrors)
        {
            // A broken configuration stops the run: no lint with settings other than the ones written.
            WriteReport(new LintReport(configFindings, 0, 0, 0, options.Redact), options, repoRoot, stdout);
            return ExitCodes.UsageError;
        }

        var pipeline = new PromptFilePipeline(cascade, new DiskFileHost(), options.Apply);
        var outcomes = new FileOutcome[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = LintFile(pipeline, files[i]));
        if (options.Verbose)
        {
            foreach (FileOutcome skipped in outcomes.Where(o => o.Skipped))
            {
                stderr.WriteLine($"skipped {DisplayPath(skipped.Path, workingDirectory)}: {skipped.SkipReason}");
            }
        }

        var results = outcomes.Where(o => !o.Skipped).Select(o => (o.Findings, o.Document?.Source)).ToList();

        var reported = new List<ReportedFinding>(configFindings);
        foreach (var r in results)
        {
            if (r.Findings.Count > 0)
            {
                string repoPath = paths.RepoPath(r.Findings[0].Path);
                List<string> fingerprints = Fingerprints.Compute(r.Findings, r.Source, repoPath);
                reported.AddRange(r.Findings.Select((f, k) => paths.Report(f, fingerprints[k])));
            }
        }

        reported.Sort((a, b) => FindingOrder.Instance.Compare(a.Finding with { Path = a.DisplayPath }, b.Finding with { Path = b.DisplayPath }));
        int linted = results.Count;
        string baselinePath = Path.GetFullPath(options.BaselinePath ?? Baseline.DefaultFileName, workingDirectory);
        if (options.UpdateBaseline)
        {
            Baseline.Write(baselinePath, reported);
            stdout.WriteLine($"wrote {reported.Count} finding{(reported.Count == 1 ? "" : "s")} from {linted} file{(linted == 1 ? "" : "s")} to {Path.GetRelativePath(workingDirectory, baselinePath).Replace('\\', '/')}");
            return ExitCodes.Success;
        }

        int baselined = 0, fixedEntries = 0;
        if (File.Exists(baselinePath))
        {
            Baseline baseline = Baseline.Load(baselinePath);
            int before = reported.Count;
            reported = reported.Where(f => !baseline.Contains(f)).ToList();
            baselined = before - reported.Count;
            fixedEntries = baseline.Fixed;
        }
        else if (options.BaselinePath is not null)
        {
            throw new UsageException($"baseline not found: {options.BaselinePath}");
        }

        var report = new LintReport(reported, linted, baselined, fixedEntries, options.Redact);
        WriteReport(report, options, repoRoot, stdout);
        return ExitCode(report, options.FailOn);
    }

    private static int ExitCode(LintReport report, string failOn) => failOn switch
    {
        "never" => ExitCodes.Success,
        "warning" => report.Count(Severity.Error) + report.Count(Severity.Warning) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success,
        _ => report.Count(Severity.Error) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success,
    };

    private static void WriteReport(LintReport report, LintOptions options, string repoRoot, TextWriter stdout)
    {
        using Stream? file = options.OutputPath is null ? null : File.Create(options.OutputPath);
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

    /// <summary>One candidate through the pipeline; a folder the walk could not list is the walk's own PL0010.</summary>
    private static FileOutcome LintFile(PromptFilePipeline pipeline, FileDiscovery.Candidate candidate) =>
        Directory.Exists(candidate.Path)
            ? FileOutcome.Problem(candidate.Path, InputDecoder.Unreadable(candidate.Path, "the folder cannot be listed", pipeline.SettingsFor(candidate.Path)))
            : pipeline.Lint(new CandidateFile(candidate.Path, candidate.Explicit));

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

        return ConfigCascade.Explicit(new ConfigFileText(full, File.ReadAllText(full)));
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

    private sealed class ReportPaths(string workingDirectory, string repoRoot)
    {
        public string RepoPath(string fullPath) => Path.GetRelativePath(repoRoot, fullPath).Replace('\\', '/');

        public ReportedFinding Report(Finding finding, string fingerprint) =>
            new(finding, DisplayPath(finding.Path, workingDirectory), RepoPath(finding.Path), fingerprint);
    }
}
