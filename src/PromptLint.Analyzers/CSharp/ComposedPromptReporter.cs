using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Templates;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Lints prompts assembled from C# with the Core rules and reports each finding at the code that holds the
/// text: the string argument of the message it is about, or the interpolation hole for PL5004.
/// </summary>
internal sealed class ComposedPromptReporter
{
    private readonly Action<Diagnostic> _report;
    private readonly LintSettings _settings;
    private readonly HashSet<(string, Location)> _reported = new();

    private readonly LintCache _cache;

    public ComposedPromptReporter(Action<Diagnostic> report, LintSettings settings, LintCache cache)
    {
        _report = report;
        _settings = settings;
        _cache = cache;
    }

    public void ReportConversation(PromptPiece system, IReadOnlyList<PromptPiece> turns, bool formatDeclared)
    {
        var pieces = new List<PromptPiece> { system };
        var messages = new List<ComposedMessage> { new(MessageRole.System, system.Value!.Text) };
        foreach (PromptPiece turn in turns)
        {
            // A turn that cannot be read statically is the live input: it still counts as the final user turn.
            if (turn.Value is null && turn.Role != MessageRole.User)
            {
                continue;
            }

            pieces.Add(turn);
            messages.Add(new ComposedMessage(turn.Role, turn.Value?.Text ?? "{{input}}"));
        }

        string path = system.Location.SourceTree?.FilePath ?? string.Empty;
        int[] starts = LintCache.MessageStarts(messages);
        foreach (Finding finding in _cache.Conversation(messages, formatDeclared ? "response format set in code" : null, _settings, path).Where(f => LintCache.StringRules.Contains(f.RuleId)))
        {
            int index = System.Array.BinarySearch(starts, finding.Span.Start);
            index = System.Math.Max(0, index >= 0 ? index : ~index - 1);
            PromptPiece piece = pieces[index];
            int offset = finding.Span.Start - starts[index];
            Report(InCSharpTerms(finding, piece, offset), LocationOf(piece, offset));
        }
    }

    /// <summary>
    /// A Semantic Kernel prompt template given as a string: read as a template, with its own rules. A response
    /// format in the settings passed to the same call satisfies PL1001; a loop over example data in the template (or
    /// example histories built beside it) satisfies PL2001/PL2002. A template of a few words with no role tags is what
    /// Semantic Kernel sends as a lone user message: one PL1005 instead of PL1001, PL1002 and PL2001.
    /// </summary>
    public void ReportTemplate(PromptPiece template, bool formatDeclared, bool exampleHistories)
    {
        var (findings, shape) = _cache.TemplateWithShape(PromptFormat.SemanticKernelText, template.Value!.Text, _settings);
        bool bare = shape.IsBareRequest;
        if (bare)
        {
            ReportRequestWithoutInstructions(template);
        }

        bool examples = exampleHistories || shape.LoopsOverExamples;
        foreach (Finding finding in findings)
        {
            string id = finding.RuleId;
            if (FineTuningCheck.Reports(id)
                || (formatDeclared && id == RuleCatalog.SystemPromptLacksOutputFormat.Id)
                || (examples && (id == RuleCatalog.NoFewShotExamples.Id || id == RuleCatalog.TooFewExamples.Id))
                || (bare && InstructionRules.Contains(id)))
            {
                continue;
            }

            Report(finding, LocationOf(template, finding.Span.Start));
        }
    }

    /// <summary>A Semantic Kernel prompt written as YAML in a C# string, read with Core's Semantic Kernel YAML reader.</summary>
    public void ReportYamlTemplate(PromptPiece yaml)
    {
        foreach (Finding finding in _cache.Template(PromptFormat.SemanticKernelYaml, yaml.Value!.Text, _settings).Where(f => !FineTuningCheck.Reports(f.RuleId)))
        {
            Report(finding, HoleAt(yaml, finding.Span.Start) ?? yaml.Location);
        }
    }

    /// <summary>PL1005 at the user text of a request that carries no instructions.</summary>
    public void ReportRequestWithoutInstructions(PromptPiece user)
    {
        Severity severity = _settings.SeverityOf(RuleCatalog.RequestWithoutInstructions);
        if (severity == Severity.None)
        {
            return;
        }

        string text = user.Value?.Text ?? string.Empty;
        string shown = text.Length > 60 ? text.Substring(0, 57) + "..." : text;
        var finding = RuleCatalog.RequestWithoutInstructions;
        Location location = user.Value?.SegmentAt(0) ?? user.Location;
        if (_reported.Add((finding.Id, location)))
        {
            _report(FindingReporter.At(finding, severity, location,
                $"The request sends only the user text \"{shown.Replace("\n", " ")}\" with no system or developer instructions; add a system message that gives the role, the task, constraints and the output format."));
        }
    }

    private static readonly HashSet<string> InstructionRules = new(new[]
    {
        RuleCatalog.SystemPromptLacksOutputFormat, RuleCatalog.SystemPromptTooThin, RuleCatalog.NoRoleOrPersona,
        RuleCatalog.NoFewShotExamples, RuleCatalog.TooFewExamples,
    }.Select(r => r.Id));

    /// <summary>PL5004 on an interpolation hole speaks C# (<c>{note}</c>, the code fix's tag), not template syntax.</summary>
    private static Finding InCSharpTerms(Finding finding, PromptPiece piece, int offset)
    {
        if (finding.RuleId != RuleCatalog.UndelimitedVariableInSystemPrompt.Id
            || piece.Value?.Holes.FirstOrDefault(h => offset >= h.Start && offset < h.Start + h.Length) is not { Location.SourceTree: { } tree } hole
            || tree.GetRoot().FindNode(hole.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return finding;
        }

        return finding with { Message = PromptLint.Delimiting.DelimiterTag.Message(expression, hole.Source) };
    }

    private static Location? HoleAt(PromptPiece piece, int offset) =>
        piece.Value?.Holes.Where(h => offset >= h.Start && offset < h.Start + h.Length).Select(h => h.Location).FirstOrDefault();

    /// <summary>The hole at the offset, else the place the text there was written, else the piece's argument.</summary>
    private static Location LocationOf(PromptPiece piece, int offset) => HoleAt(piece, offset) ?? piece.Value?.SegmentAt(offset) ?? piece.Location;

    private void Report(Finding finding, Location location)
    {
        if (_reported.Add((finding.RuleId, location)))
        {
            _report(FindingReporter.At(finding.Rule, finding.Severity, location, finding.Message));
        }
    }
}
