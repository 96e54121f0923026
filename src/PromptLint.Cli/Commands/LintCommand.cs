using System.Text;
using PromptLint.Cli.Configuration;
using PromptLint.Cli.Reporting;
using PromptLint.Configuration;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;
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

        var discovery = new ConfigDiscovery(options.ConfigPath, workingDirectory);
        var missing = new List<string>();
        var files = FileDiscovery.Expand(options.Paths, workingDirectory, missing)
            .Select(file => (File: file, Chain: discovery.ChainFor(file.Path)))
            .Where(entry => entry.File.Explicit || entry.Chain.Includes(entry.File.Path))
            .ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"path not found: {string.Join(", ", missing)}");
        }

        string repoRoot = RepositoryRoot(workingDirectory);
        var paths = new ReportPaths(workingDirectory, repoRoot);
        List<ReportedFinding> configFindings = discovery.Parsed.SelectMany(p => p.Problems).Select(f => paths.Report(f, f.Message)).ToList();
        if (discovery.HasErrors)
        {
            // A broken configuration stops the run: no lint with settings other than the ones written.
            WriteReport(new LintReport(configFindings, 0, 0, 0, options.Redact), options, repoRoot, stdout);
            return ExitCodes.UsageError;
        }

        var results = new (IReadOnlyList<Finding> Findings, SourceText? Source)?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            LintSettings settings = options.Apply(files[i].Chain.SettingsFor(files[i].File.Path)).WithProjectFiles(File.Exists);
            results[i] = LintFile(files[i].File, settings);
        });

        var reported = new List<ReportedFinding>(configFindings);
        foreach (var result in results)
        {
            if (result is { } r && r.Findings.Count > 0)
            {
                string repoPath = paths.RepoPath(r.Findings[0].Path);
                List<string> fingerprints = Fingerprints.Compute(r.Findings, r.Source, repoPath);
                reported.AddRange(r.Findings.Select((f, k) => paths.Report(f, fingerprints[k])));
            }
        }

        reported.Sort((a, b) => FindingOrder.Instance.Compare(a.Finding with { Path = a.DisplayPath }, b.Finding with { Path = b.DisplayPath }));
        int linted = results.Count(r => r is not null);
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

    /// <summary>Findings for one file, or null when a file found by walking a folder turns out not to be a prompt.</summary>
    private static (IReadOnlyList<Finding>, SourceText?)? LintFile(FileDiscovery.Candidate candidate, LintSettings settings)
    {
        string path = candidate.Path;
        try
        {
            if (Directory.Exists(path))
            {
                return (Reportable(InputDecoder.Unreadable(path, "the folder cannot be listed", settings)), null);
            }

            if (PromptFormats.FromFileName(path) == PromptFormat.Unknown)
            {
                return (Reportable(InputDecoder.Unsupported(path, settings)), null);
            }

            if (InputDecoder.TooLarge(path, new FileInfo(path).Length, settings) is { } tooLarge)
            {
                return (Reportable(tooLarge), null);
            }

            byte[] bytes = File.ReadAllBytes(path);
            if (!InputDecoder.TryDecode(path, bytes, settings, out string text, out Finding? problem))
            {
                return (problem is null ? Array.Empty<Finding>() : Reportable(problem), null);
            }

            if (!candidate.Explicit && !PromptFormats.IsLikelyPrompt(path, text))
            {
                return null;
            }

            LintResult result = Linter.Lint(new PromptInput(path, text, ReadCompanions(path)), settings);
            return (result.Findings, result.Document?.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Reportable(InputDecoder.Unreadable(path, e.Message.Replace(path, Path.GetFileName(path)), settings)), null);
        }
    }

    private static IReadOnlyList<Finding> Reportable(Finding finding) =>
        finding.Severity == Severity.None ? Array.Empty<Finding>() : new[] { finding };

    internal static Dictionary<string, string>? ReadCompanions(string path)
    {
        if (PromptFormats.FromFileName(path) != PromptFormat.SemanticKernelText)
        {
            return null;
        }

        string config = Path.Combine(Path.GetDirectoryName(path)!, PromptFormats.SemanticKernelConfig);
        return File.Exists(config)
            ? new Dictionary<string, string> { [PromptFormats.SemanticKernelConfig] = File.ReadAllText(config) }
            : null;
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
