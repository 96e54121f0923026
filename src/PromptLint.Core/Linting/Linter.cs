using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Rules;
using PromptLint.Text;

namespace PromptLint.Linting;

/// <summary>
/// The one entry point every host calls: text in, findings out. No file IO happens here; hosts read
/// files (and companions such as SK's config.json) and pass their text.
/// </summary>
public static class Linter
{
    /// <summary>Reads a prompt into the model without running rules.</summary>
    public static PromptDocument? Read(PromptInput input, PromptFormat format = PromptFormat.Unknown)
    {
        if (format == PromptFormat.Unknown)
        {
            format = PromptFormats.FromFileName(input.Path);
        }

        PromptReader? reader = PromptReader.For(format);
        if (reader is null)
        {
            return null;
        }

        var builder = new PromptDocumentBuilder(new SourceText(input.Path, LineBreaks.NormalizeLoneCarriageReturns(input.Text)), format);
        reader.Read(builder, input);
        return builder.Build();
    }

    public static LintResult Lint(PromptInput input, LintSettings? settings = null)
    {
        settings ??= LintSettings.Default;
        PromptDocument? document = Read(input);
        if (document is null)
        {
            return new LintResult(null, new[] { InputDecoder.Unsupported(input.Path, settings) });
        }

        return Lint(document, settings);
    }

    /// <summary>Decodes bytes first (binary, invalid UTF-8 and oversized files become findings), then lints.</summary>
    public static LintResult Lint(string path, byte[] content, LintSettings? settings = null, IReadOnlyDictionary<string, string>? companions = null)
    {
        settings ??= LintSettings.Default;
        if (!InputDecoder.TryDecode(path, content, settings, out string text, out Finding? problem))
        {
            return new LintResult(null, problem is null || problem.Severity == Severity.None ? Array.Empty<Finding>() : new[] { problem });
        }

        return Lint(new PromptInput(path, text, companions), settings);
    }

    public static LintResult Lint(PromptDocument document, LintSettings? settings = null)
    {
        settings ??= LintSettings.Default;
        var findings = new List<Finding>();
        var context = new RuleContext(document, Analysis.PromptAnalysis.Of(document), settings, findings);
        foreach (ReadProblem problem in document.Problems)
        {
            RuleDescriptor rule = RuleCatalog.Find(problem.RuleId)!;
            context.Report(rule, problem.Span, problem.Message);
        }

        bool malformed = document.Problems.Any(p => p.RuleId == RuleCatalog.MalformedStructure.Id);
        foreach (PromptRule rule in RuleSet.All)
        {
            if (settings.SeverityOf(rule.Descriptor) == Severity.None || (malformed && rule.NeedsWellFormedMetadata))
            {
                continue;
            }

            context.Rule = rule.Descriptor;
            rule.Analyze(document, context);
        }

        findings = Suppressions.SuppressionFilter.Apply(document, findings, context);
        findings.Sort(FindingOrder.Instance);
        return new LintResult(document, FindingCap.Apply(findings, settings, document.Source));
    }
}

/// <summary>Deterministic order: path, line, column, rule ID, message.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(x.Path, y.Path);
        if (c == 0) c = x.Position.Start.Line.CompareTo(y.Position.Start.Line);
        if (c == 0) c = x.Position.Start.Column.CompareTo(y.Position.Start.Column);
        if (c == 0) c = string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
