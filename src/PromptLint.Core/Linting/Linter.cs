using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Rules;
using PromptLint.Settings;
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

        PromptReader? reader = FormatTable.ReaderFor(format);
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

        bool malformed = document.Problems.Any(p => p.RuleId == MalformedStructure.Rule.Id);
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
