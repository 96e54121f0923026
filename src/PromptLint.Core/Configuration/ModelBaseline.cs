using System;
using System.Text;
using System.Text.RegularExpressions;
using PromptLint.Text;

namespace PromptLint.Configuration;

/// <summary>
/// A <c>models:</c> entry of promptlint.yaml: a model ID (or a pattern with <c>*</c>) and the eval files that show
/// the fine-tune was measured — <c>baseline</c> (the prompt-only or base-model result) and <c>evaluation</c>
/// (the fine-tune on held-out data). Paths are relative to the configuration file.
/// </summary>
public sealed class ModelBaseline
{
    private readonly Regex _pattern;

    public ModelBaseline(string modelPattern, string? baseline, string? evaluation, string configPath, TextSpan span)
    {
        ModelPattern = modelPattern;
        Baseline = baseline;
        Evaluation = evaluation;
        ConfigPath = configPath;
        Span = span;
        var sb = new StringBuilder("^");
        foreach (char c in modelPattern)
        {
            sb.Append(c == '*' ? ".*" : Regex.Escape(c.ToString()));
        }

        _pattern = new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string ModelPattern { get; }

    public string? Baseline { get; }

    public string? Evaluation { get; }

    /// <summary>The promptlint.yaml that declared it; <see cref="Baseline"/> and <see cref="Evaluation"/> are relative to its folder.</summary>
    public string ConfigPath { get; }

    /// <summary>Where the entry's key sits in that file.</summary>
    public TextSpan Span { get; }

    public bool Matches(string modelId)
    {
        try
        {
            return _pattern.IsMatch(modelId.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The declared file paths, resolved against the configuration folder with <c>/</c>.</summary>
    public string? Resolve(string? relative)
    {
        if (relative is null)
        {
            return null;
        }

        string config = ConfigPath.Replace('\\', '/');
        int slash = config.LastIndexOf('/');
        string folder = slash < 0 ? string.Empty : config.Substring(0, slash + 1);
        return relative.StartsWith("/", StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':') ? relative : folder + relative.Replace('\\', '/');
    }
}
