using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Rules;

namespace PromptLint.Cli.Commands;

/// <summary><c>promptlint lint</c>: read each file, hand its bytes to the Core linter, print canonical diagnostics.</summary>
internal static class LintCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        LintOptions options = LintOptions.Parse(args);
        if (options.Paths.Count == 0)
        {
            options.Paths.Add(".");
        }

        var missing = new List<string>();
        List<FileDiscovery.Candidate> files = FileDiscovery.Expand(options.Paths, workingDirectory, missing);
        if (missing.Count > 0)
        {
            throw new UsageException($"path not found: {string.Join(", ", missing)}");
        }

        var perFile = new IReadOnlyList<Finding>?[files.Count];
        Parallel.For(0, files.Count, i => perFile[i] = LintFile(files[i], workingDirectory, options.Settings));

        var findings = perFile.Where(f => f is not null).SelectMany(f => f!).ToList();
        findings.Sort(FindingOrder.Instance);
        foreach (Finding finding in findings)
        {
            stdout.WriteLine(finding.ToCanonicalString());
        }

        int linted = perFile.Count(f => f is not null);
        int errors = findings.Count(f => f.Severity == Severity.Error);
        int warnings = findings.Count(f => f.Severity == Severity.Warning);
        int infos = findings.Count(f => f.Severity == Severity.Info);
        stdout.WriteLine($"{linted} file{(linted == 1 ? "" : "s")} linted: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}, {infos} info");
        return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>Findings for one file, or null when a file found by walking a folder turns out not to be a prompt.</summary>
    private static IReadOnlyList<Finding>? LintFile(FileDiscovery.Candidate candidate, string workingDirectory, LintSettings settings)
    {
        string display = DisplayPath(candidate.Path, workingDirectory);
        try
        {
            if (Directory.Exists(candidate.Path))
            {
                return new[] { InputDecoder.Unreadable(display, "the folder cannot be listed", settings) };
            }

            if (PromptFormats.FromFileName(candidate.Path) == PromptFormat.Unknown)
            {
                return Reportable(InputDecoder.Unsupported(display, settings));
            }

            long length = new FileInfo(candidate.Path).Length;
            if (InputDecoder.TooLarge(display, length, settings) is { } tooLarge)
            {
                return Reportable(tooLarge);
            }

            byte[] bytes = File.ReadAllBytes(candidate.Path);
            if (!InputDecoder.TryDecode(display, bytes, settings, out string text, out Finding? problem))
            {
                return problem is null ? Array.Empty<Finding>() : Reportable(problem);
            }

            if (!candidate.Explicit && !PromptFormats.IsLikelyPrompt(candidate.Path, text))
            {
                return null;
            }

            var input = new PromptInput(display, text, ReadCompanions(candidate.Path));
            return Linter.Lint(input, settings).Findings;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reportable(InputDecoder.Unreadable(display, e.Message, settings));
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
    internal static string DisplayPath(string fullPath, string workingDirectory)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }
}
