using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Collects the prompt pieces of one code block (a method, a field initializer): system/developer instructions,
/// user and assistant messages, templates, response-format settings and requests — also through helper methods of
/// the compilation whose parameters flow into an SDK prompt argument — and checks tool-factory calls. At the end of
/// the block it assembles each conversation — a system prompt and the messages after it, up to the next system
/// prompt — lints it with the Core rules, and reports at the code. (Model IDs in literals: <see cref="ModelIdLiterals"/>.)
/// </summary>
internal sealed class PromptCollector
{
    private readonly SdkSymbols _sdk;
    private readonly HelperSinks _helpers;
    private readonly LintCache _cache;
    private readonly LintSettings _settings;
    private readonly INamedTypeSymbol? _toolFactory;
    private readonly List<PromptPiece> _pieces = new();
    private readonly List<PromptSite> _sends = new();
    private readonly List<Diagnostic> _immediate = new();
    private bool _formatDeclared;

    /// <param name="toolFactory"><c>AIFunctionFactory</c> when referenced: its <c>Create</c> calls are checked on the same walk.</param>
    public PromptCollector(SdkSymbols sdk, HelperSinks helpers, LintCache cache, LintSettings settings, INamedTypeSymbol? toolFactory)
    {
        _sdk = sdk;
        _helpers = helpers;
        _cache = cache;
        _settings = settings;
        _toolFactory = toolFactory;
    }

    /// <summary>
    /// One walk over the block's operations (instead of one registered callback per operation kind, which costs the
    /// analyzer driver a dispatch per operation), then the block-end assembly.
    /// </summary>
    public void AnalyzeBlock(IOperation block, Action<Diagnostic> report)
    {
        foreach (IOperation operation in block.DescendantsAndSelf())
        {
            switch (operation.Kind)
            {
                case OperationKind.Invocation:
                    OnOperation(operation);
                    if (_toolFactory is not null)
                    {
                        ToolDefinitions.CheckFactoryCall((IInvocationOperation)operation, _toolFactory, _settings, _immediate.Add);
                    }

                    break;
                case OperationKind.ObjectCreation:
                case OperationKind.SimpleAssignment:
                    OnOperation(operation);
                    break;
                case OperationKind.Conversion when ((IConversionOperation)operation).OperatorMethod is not null:
                    OnOperation(operation);
                    break;
            }
        }

        OnBlockEnd(report);
    }

    private void OnOperation(IOperation operation)
    {
        foreach (PromptSite site in PromptSites.Find(operation, _sdk))
        {
            Take(site);
        }

        if (HelperSinks.Target(operation) is { } target && target.DeclaringSyntaxReferences.Length > 0 && !target.IsAbstract)
        {
            foreach (SinkParameter sink in _helpers.For(target))
            {
                IOperation? argument = PromptSites.Argument(HelperSinks.Arguments(operation), sink.Ordinal);
                if (argument is null)
                {
                    continue;
                }

                InputSources.Kind kind = InputSources.Classify(argument);
                if (sink.Role?.IsInstruction() == true && InputSources.IsNamedSource(kind)
                    && (sink.Whole || InputSources.IsInstructionName(target.Parameters[sink.Ordinal].Name)))
                {
                    Report(RuleCatalog.UndelimitedVariableInSystemPrompt, argument.Syntax.GetLocation(),
                        $"'{argument.Syntax}' is {InputSources.Describe(kind)} and flows into the system prompt through {target.Name}({target.Parameters[sink.Ordinal].Name}) → {sink.Path}; keep it out of the instructions or wrap it in delimiters and say it is data.");
                    continue;
                }

                if (sink.Whole)
                {
                    AddPieces(sink.Part, sink.Role!.Value, argument, operation, formatDeclared: false);
                }
            }
        }
    }

    private void OnBlockEnd(Action<Diagnostic> report)
    {
        foreach (Diagnostic diagnostic in _immediate)
        {
            report(diagnostic);
        }

        if (_pieces.Count == 0)
        {
            return;
        }

        var reporter = new ComposedPromptReporter(report, _settings, _cache);
        bool exampleHistories = _pieces.Any(p => p.InExampleHistory);
        foreach (PromptPiece template in _pieces.Where(p => p.Part == PromptPart.Template && p.Value is not null))
        {
            reporter.ReportTemplate(template, template.FormatDeclared || _formatDeclared, exampleHistories);
        }

        foreach (PromptPiece yaml in _pieces.Where(p => p.Part == PromptPart.TemplateYaml && p.Value is not null))
        {
            reporter.ReportYamlTemplate(yaml);
        }

        var conversation = _pieces.Where(p => p.Part is not (PromptPart.Template or PromptPart.TemplateYaml) && !p.InExampleHistory).OrderBy(p => p.Position).ToList();
        foreach (PromptPiece user in SentRequests.Uninstructed(_sends, conversation))
        {
            reporter.ReportRequestWithoutInstructions(user);
        }

        var systems = conversation.Where(p => p.Role.IsInstruction()).ToList();
        if (systems.Count == 0)
        {
            return;
        }

        var positions = systems.Select(s => s.Position).Distinct().OrderBy(p => p).ToList();
        foreach (PromptPiece system in systems.Where(s => s.Value is not null))
        {
            // Variants of one system prompt share a position; the conversation runs to the next system prompt's position.
            int next = positions.IndexOf(system.Position) + 1;
            int end = next < positions.Count ? positions[next] : int.MaxValue;
            var turns = conversation.Where(p => !p.Role.IsInstruction() && p.Position > system.Position && p.Position < end).ToList();
            reporter.ReportConversation(system, turns, _formatDeclared || system.FormatDeclared);
        }
    }

    private void Take(PromptSite site)
    {
        SdkMember entry = site.Entry;
        switch (entry.Part)
        {
            case PromptPart.ResponseFormat:
                if (entry.Ordinal < 0)
                {
                    _formatDeclared |= (site.Operation as IInvocationOperation)?.TargetMethod.IsGenericMethod == true; // GetResponseAsync<T>: structured output
                }
                else if (site.Value is not null)
                {
                    _formatDeclared |= !SettingsFormat.IsTextFormat(site.Value);
                }

                return;
            case PromptPart.Model:
                return; // model IDs are judged where they are written (OnLiteral)
            case PromptPart.Send:
                _sends.Add(site);
                _formatDeclared |= SettingsFormat.CallDeclaresFormat(site.Operation); // options built elsewhere with a response format
                return;
            case PromptPart.DangerousContent:
                if (site.Value?.ConstantValue is { HasValue: true, Value: true })
                {
                    string owner = entry.TypeName.Split('.').Last();
                    Report(RuleCatalog.DangerousContentAllowed, site.Operation.Syntax.GetLocation(),
                        $"AllowDangerouslySetContent = true on {owner} lets run-time values inject <message> tags into the prompt; remove it and pass trusted content another way.");
                }

                return;
        }

        if (site.Value is null)
        {
            return;
        }

        // new SystemChatMessage(ChatMessageContentPart.CreateTextPart("…")): the params array the compiler made holds the text.
        IOperation value = site.Value is IArrayCreationOperation { IsImplicit: true, Initializer.ElementValues: { Length: 1 } single } ? single[0] : site.Value;
        if (IsMessageObject(value))
        {
            return; // agent.RunAsync(new ChatMessage(…)): the message is a site of its own
        }

        site = site with { Value = value };

        MessageRole? role = entry.Part switch
        {
            PromptPart.System or PromptPart.Template or PromptPart.TemplateYaml => MessageRole.System,
            PromptPart.User => MessageRole.User,
            PromptPart.Assistant => MessageRole.Assistant,
            _ => RoleOf(site.RoleValue),
        };
        if (role is null)
        {
            return;
        }

        if (role.Value.IsInstruction() && InputSources.Classify(site.Value) is var source && InputSources.IsUntrustedWhole(source))
        {
            Report(RuleCatalog.UndelimitedVariableInSystemPrompt, site.Value.Syntax.GetLocation(),
                $"'{site.Value.Syntax}' is {InputSources.Describe(source)} used as the system prompt; keep instructions in code and pass that text as a user message.");
            return;
        }

        bool formatDeclared = entry.Part == PromptPart.Template && SettingsFormat.CallDeclaresFormat(site.Operation);
        AddPieces(entry.Part == PromptPart.RoleMessage ? PromptPart.RoleMessage : entry.Part, role.Value, site.Value, site.Operation, formatDeclared);
    }

    private static bool IsMessageObject(IOperation value) =>
        PromptSites.Unwrap(value).Type is INamedTypeSymbol { SpecialType: not SpecialType.System_String } type && type.Name.EndsWith("Message", System.StringComparison.Ordinal);

    private void AddPieces(PromptPart part, MessageRole role, IOperation value, IOperation site, bool formatDeclared)
    {
        bool example = ExampleHistories.Contains(site);
        IReadOnlyList<ResolvedString> variants = StringResolver.ResolveAll(value);
        Location location = value.Syntax.GetLocation();
        if (variants.Count == 0)
        {
            _pieces.Add(new PromptPiece(part, role, null, location, value.Syntax.SpanStart) { FormatDeclared = formatDeclared, InExampleHistory = example, Site = site.Syntax });
            return;
        }

        foreach (ResolvedString variant in variants)
        {
            _pieces.Add(new PromptPiece(part, role, variant, location, value.Syntax.SpanStart) { FormatDeclared = formatDeclared, InExampleHistory = example, Site = site.Syntax });
        }
    }

    private void Report(RuleDescriptor rule, Location location, string message)
    {
        Severity severity = _settings.SeverityOf(rule);
        if (severity != Severity.None)
        {
            _immediate.Add(FindingReporter.At(rule, severity, location, message));
        }
    }

    /// <summary><c>ChatRole.System</c>, <c>RoleType.User</c>, <c>AuthorRole.Assistant</c>, <c>new ChatRole("system")</c>.</summary>
    internal static MessageRole? RoleOf(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        string? name = operation switch
        {
            IPropertyReferenceOperation p => p.Property.Name,
            IFieldReferenceOperation f => f.Field.Name,
            IObjectCreationOperation { Arguments.Length: > 0 } c => c.Arguments[0].Value.ConstantValue.Value as string,
            _ => operation?.ConstantValue.Value as string,
        };
        return name is null ? null : MessageRoleExtensions.Parse(name);
    }
}
