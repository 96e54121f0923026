using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Pipeline;

/// <summary>
/// "Lint this candidate file", once for every host: format from the name, include/exclude, read (bounded, through
/// the host), decode, "is this a prompt?", companion files, read the prompt, rules, suppressions. The CLI, the
/// MSBuild task and the analyzer only find candidates and turn outcomes into their own output.
/// </summary>
/// <remarks>
/// A file the user named explicitly always gets an answer (PL0010/PL0011/PL0012/PL0013/PL0014/PL0015). A file found by
/// a walk or a default glob is skipped quietly when it is not a prompt: a name no format claims, an excluded path,
/// a FIFO or device, or a generic name (<c>.json</c>, <c>.yaml</c>, <c>.md</c>, <c>.txt</c>) whose content is
/// binary, too large, unparsable or not addressed to a model. Files whose name alone says "prompt" keep their findings.
/// </remarks>
public sealed class PromptFilePipeline
{
    private readonly ConfigCascade _cascade;
    private readonly IPromptFileHost _host;
    private readonly Func<LintSettings, LintSettings>? _adjust;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LintSettings> _settingsByFolder = new(StringComparer.Ordinal);

    /// <param name="cascade">Where each file's promptlint.yaml chain comes from.</param>
    /// <param name="host">How files are read.</param>
    /// <param name="adjustSettings">Applied over promptlint.yaml's settings for every file (the CLI's <c>--severity</c>/<c>--option</c>).</param>
    public PromptFilePipeline(ConfigCascade cascade, IPromptFileHost host, Func<LintSettings, LintSettings>? adjustSettings = null)
    {
        _cascade = cascade ?? throw new ArgumentNullException(nameof(cascade));
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _adjust = adjustSettings;
    }

    public ConfigCascade Cascade => _cascade;

    /// <summary>
    /// The effective settings for a file: its configuration chain, the host's adjustments, the project's files.
    /// Resolved once per folder unless an <c>overrides</c> glob could tell files of one folder apart (the analyzer
    /// asks for every operation block, so this is hot).
    /// </summary>
    public LintSettings SettingsFor(string path)
    {
        ConfigChain chain = _cascade.ChainFor(path);
        return chain.HasOverrides ? Resolve(chain, path) : _settingsByFolder.GetOrAdd(ConfigCascade.ParentOf(path) ?? string.Empty, _ => Resolve(chain, path));
    }

    private LintSettings Resolve(ConfigChain chain, string path)
    {
        LintSettings settings = chain.SettingsFor(path);
        return (_adjust is null ? settings : _adjust(settings)).WithProjectFiles(_host.Exists);
    }

    public FileOutcome Lint(CandidateFile file)
    {
        string path = file.Path;
        PromptFormat format = PromptFormats.FromFileName(path);
        bool claimsPrompt = file.Explicit || PromptFormats.NameIsConclusive(format);
        if (format == PromptFormat.Unknown)
        {
            return file.Explicit ? Problem(path, InputDecoder.Unsupported(path, SettingsFor(path))) : FileOutcome.Skip(path, "no prompt format has this file name");
        }

        if (_cascade.HasErrorsFor(path))
        {
            return FileOutcome.Skip(path, "a promptlint.yaml that applies here is malformed (PL0001)");
        }

        ConfigChain chain = _cascade.ChainFor(path);
        if (!file.Explicit && !chain.Includes(path))
        {
            return FileOutcome.Skip(path, "outside promptlint.yaml's include globs or inside its exclude globs");
        }

        LintSettings settings = SettingsFor(path);
        int maxBytes = settings.Option(InputTooLarge.Rule, "maxFileBytes");
        FileContent content = _host.Read(path, maxBytes);
        string text;
        switch (content.Kind)
        {
            case FileContentKind.NotAFile:
                return file.Explicit ? Problem(path, InputDecoder.Unreadable(path, content.Reason ?? "not a regular file", settings)) : FileOutcome.Skip(path, content.Reason ?? "not a regular file");
            case FileContentKind.Unreadable:
                return claimsPrompt ? Problem(path, InputDecoder.Unreadable(path, content.Reason ?? "unknown error", settings)) : FileOutcome.Skip(path, "cannot be read: " + content.Reason);
            case FileContentKind.TooLarge:
                return claimsPrompt ? Problem(path, InputDecoder.TooLarge(path, content.Length, settings)!) : FileOutcome.Skip(path, $"larger than maxFileBytes ({maxBytes:N0} bytes)");
            case FileContentKind.Text:
                // Text a host decoded (an analyzer's AdditionalText) gets the same PL0011/PL0012/PL0013 as bytes from disk:
                // the decoder measures it in bytes, finds NULs, and re-encodes code-page text to locate invalid UTF-8.
                if (!InputDecoder.TryDecode(path, content.Text!, content.Encoding, settings, out text, out Finding? textProblem))
                {
                    return claimsPrompt || textProblem is null || (textProblem.Rule == InvalidUtf8.Rule && PromptFormats.IsLikelyPrompt(path, content.Text!))
                        ? Problem(path, textProblem)
                        : FileOutcome.Skip(path, "not a UTF-8 prompt: " + textProblem.Message);
                }

                break;
            default:
                if (!InputDecoder.TryDecode(path, content.Bytes!, settings, out text, out Finding? problem))
                {
                    return claimsPrompt || problem is null || LooksLikeMisencodedPrompt(path, content.Bytes!, problem)
                        ? Problem(path, problem)
                        : FileOutcome.Skip(path, "not a UTF-8 prompt: " + problem.Message);
                }

                break;
        }

        if (!file.Explicit && PromptFormats.WhyNotAPrompt(path, text) is { } notAPrompt)
        {
            return FileOutcome.Skip(path, notAPrompt);
        }

        LintResult result = Linter.Lint(new PromptInput(path, text, Companions(path, format)), settings);
        if (!file.Explicit && PromptFormats.IsRecognisedByShape(format) && result.Findings.FirstOrDefault(f => f.Rule == MalformedStructure.Rule) is { } malformed)
        {
            return FileOutcome.Skip(path, "could not be read as a prompt: " + malformed.Message);
        }

        return FileOutcome.Linted(path, result);
    }

    /// <summary>
    /// A generic-named file that is not valid UTF-8 is worth PL0012 only when, read as Latin-1, it looks like a
    /// prompt (a prompt saved in a legacy code page); binary files and other text are not prompts.
    /// </summary>
    private static bool LooksLikeMisencodedPrompt(string path, byte[] bytes, Finding problem) =>
        problem.Rule == InvalidUtf8.Rule && PromptFormats.IsLikelyPrompt(path, System.Text.Encoding.GetEncoding(28591).GetString(bytes));

    private static FileOutcome Problem(string path, Finding? finding) =>
        finding is null ? FileOutcome.Skip(path, "nothing to report") : FileOutcome.Problem(path, finding);

    private Dictionary<string, string>? Companions(string path, PromptFormat format)
    {
        IReadOnlyList<string> names = PromptFormats.CompanionFileNames(format);
        if (names.Count == 0)
        {
            return null;
        }

        string? folder = ConfigCascade.ParentOf(path);
        char separator = path.IndexOf('\\') >= 0 && path.IndexOf('/') < 0 ? '\\' : '/';
        var companions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            string companionPath = folder is null ? name : folder.TrimEnd('/', '\\') + separator + name;
            if (_host.ReadCompanion(companionPath) is { } companionText)
            {
                companions[name] = companionText;
            }
        }

        return companions.Count == 0 ? null : companions;
    }
}
