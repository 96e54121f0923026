using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Templates;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Lints prompts assembled from C# with the Core rules and reports each finding at the code that holds the
/// text: the string argument of the message it is about, or the interpolation hole for PL5004.
/// </summary>
internal sealed class ComposedPromptReporter
{
    /// <summary>Rules about files, templates and models do not apply to plain strings in code.</summary>
    private static readonly HashSet<string> StringRules = new(new[]
    {
        RuleCatalog.SystemPromptLacksOutputFormat, RuleCatalog.SystemPromptTooThin, RuleCatalog.NoRoleOrPersona,
        RuleCatalog.ConflictingInstructions, RuleCatalog.NoFewShotExamples, RuleCatalog.TooFewExamples,
        RuleCatalog.InconsistentExampleFormats, RuleCatalog.UndelimitedVariableInSystemPrompt, RuleCatalog.TokenBudgetExceeded,
        RuleCatalog.SecretInPrompt,
    }.Select(r => r.Id));

    private readonly OperationBlockAnalysisContext _context;
    private readonly LintSettings _settings;
    private readonly HashSet<(string, Location)> _reported = new();

    public ComposedPromptReporter(OperationBlockAnalysisContext context, LintSettings settings)
    {
        _context = context;
        _settings = settings;
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
        ComposedPrompt prompt = ComposedPrompt.Create(path, messages, formatDeclared ? "response format set in code" : null, null, TemplateDialect.Mustache);
        foreach (Finding finding in Linter.Lint(prompt.Document, _settings).Findings.Where(f => StringRules.Contains(f.RuleId)))
        {
            int index = prompt.MessageAt(finding.Span.Start);
            PromptPiece piece = pieces[index];
            Report(finding, HoleAt(piece, prompt.OffsetInMessage(finding.Span.Start)) ?? piece.Location);
        }
    }

    /// <summary>A Semantic Kernel prompt template given as a string: read as a template, with its own rules.</summary>
    public void ReportTemplate(PromptPiece template)
    {
        PromptDocument document = Linter.Read(new PromptInput("skprompt.txt", template.Value!.Text), PromptFormat.SemanticKernelText)!;
        foreach (Finding finding in Linter.Lint(document, _settings).Findings.Where(f => f.RuleId != RuleCatalog.FineTunedModelWithoutBaseline.Id && f.RuleId != RuleCatalog.EvalBaselineFileMissing.Id))
        {
            Report(finding, HoleAt(template, finding.Span.Start) ?? template.Location);
        }
    }

    private static Location? HoleAt(PromptPiece piece, int offset) =>
        piece.Value?.Holes.Where(h => offset >= h.Start && offset < h.Start + h.Length).Select(h => h.Location).FirstOrDefault();

    private void Report(Finding finding, Location location)
    {
        if (_reported.Add((finding.RuleId, location)))
        {
            _context.ReportDiagnostic(FindingReporter.At(finding.Rule, finding.Severity, location, finding.Message));
        }
    }
}
