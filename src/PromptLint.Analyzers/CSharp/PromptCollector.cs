using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Collects the prompt pieces of one operation block (a method, a field initializer): system/developer
/// instructions, user and assistant messages, templates, response-format settings, and string literals that
/// are fine-tuned model IDs. At the end of the block it assembles each conversation — a system prompt and the
/// messages after it, up to the next system prompt — lints it with the Core rules, and reports at the code.
/// </summary>
internal sealed class PromptCollector
{
    private readonly SdkSymbols _sdk;
    private readonly LintSettings _settings;
    private readonly List<PromptPiece> _pieces = new();
    private bool _formatDeclared;

    public PromptCollector(SdkSymbols sdk, LintSettings settings)
    {
        _sdk = sdk;
        _settings = settings;
    }

    public void OnObjectCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is not { } constructor)
        {
            return;
        }

        foreach (SdkMember entry in _sdk.For(constructor, MemberKind.Constructor))
        {
            Take(entry, Argument(creation.Arguments, entry.Ordinal), Argument(creation.Arguments, entry.RoleOrdinal));
        }

        foreach (SdkMember entry in _sdk.For(constructor, MemberKind.RoleInitializer))
        {
            var assignments = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().ToList() ?? new List<ISimpleAssignmentOperation>();
            IOperation? content = assignments.FirstOrDefault(a => a.Target is IPropertyReferenceOperation p && p.Property.Name == entry.Name)?.Value;
            IOperation? role = assignments.FirstOrDefault(a => a.Target is IPropertyReferenceOperation p && p.Property.Name == entry.RoleProperty)?.Value;
            Take(entry, content, role);
        }
    }

    public void OnInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        foreach (SdkMember entry in _sdk.For(method, MemberKind.Method))
        {
            if (entry.Part == PromptPart.ResponseFormat && entry.Ordinal < 0)
            {
                _formatDeclared |= method.IsGenericMethod; // GetResponseAsync<T>: structured output
                continue;
            }

            Take(entry, Argument(invocation.Arguments, entry.Ordinal), null);
        }
    }

    public void OnAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation property)
        {
            foreach (SdkMember entry in _sdk.For(property.Property, MemberKind.Property))
            {
                Take(entry, assignment.Value, null);
            }
        }
    }

    /// <summary>Every string literal: a fine-tuned model ID anywhere in code needs an eval baseline (PL4001/PL4002).</summary>
    public void OnLiteral(OperationAnalysisContext context)
    {
        if (context.Operation.ConstantValue is not { HasValue: true, Value: string value } || value.Length is < 6 or > 300)
        {
            return;
        }

        foreach (FineTuningCheck.Issue issue in FineTuningCheck.Check(value, _settings))
        {
            Severity severity = _settings.SeverityOf(issue.Rule);
            if (severity != Severity.None)
            {
                context.ReportDiagnostic(FindingReporter.At(issue.Rule, severity, context.Operation.Syntax.GetLocation(), issue.Message));
            }
        }
    }

    public void OnBlockEnd(OperationBlockAnalysisContext context)
    {
        if (_pieces.Count == 0)
        {
            return;
        }

        var reporter = new ComposedPromptReporter(context, _settings);
        foreach (PromptPiece template in _pieces.Where(p => p.Part == PromptPart.Template && p.Value is not null))
        {
            reporter.ReportTemplate(template);
        }

        var conversation = _pieces.Where(p => p.Part != PromptPart.Template).OrderBy(p => p.Position).ToList();
        var systems = conversation.Where(p => p.Role.IsInstruction()).ToList();
        for (int i = 0; i < systems.Count; i++)
        {
            if (systems[i].Value is null)
            {
                continue; // an instruction we cannot read statically is skipped silently
            }

            int end = i + 1 < systems.Count ? systems[i + 1].Position : int.MaxValue;
            var turns = conversation.Where(p => !p.Role.IsInstruction() && p.Position > systems[i].Position && p.Position < end).ToList();
            reporter.ReportConversation(systems[i], turns, _formatDeclared);
        }
    }

    private void Take(SdkMember entry, IOperation? value, IOperation? roleValue)
    {
        if (value is null)
        {
            return;
        }

        switch (entry.Part)
        {
            case PromptPart.ResponseFormat:
                _formatDeclared |= !IsTextFormat(value);
                return;
            case PromptPart.Model:
                return; // model IDs are judged where they are written (OnLiteral)
        }

        MessageRole? role = entry.Part switch
        {
            PromptPart.System or PromptPart.Template => MessageRole.System,
            PromptPart.User => MessageRole.User,
            PromptPart.Assistant => MessageRole.Assistant,
            _ => RoleOf(roleValue),
        };
        if (role is null)
        {
            return;
        }

        _pieces.Add(new PromptPiece(entry.Part, role.Value, StringResolver.Resolve(value), value.Syntax.GetLocation(), value.Syntax.SpanStart));
    }

    /// <summary><c>ChatRole.System</c>, <c>RoleType.User</c>, <c>Role.Assistant</c>, <c>new ChatRole("system")</c>.</summary>
    private static MessageRole? RoleOf(IOperation? operation)
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

    private static bool IsTextFormat(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: null or "text" }
        || (value is IInvocationOperation { TargetMethod.Name: "CreateTextFormat" })
        || (value is IPropertyReferenceOperation { Property.Name: "Text" });

    private static IOperation? Argument(IEnumerable<IArgumentOperation> arguments, int ordinal) =>
        ordinal < 0 ? null : arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal)?.Value;
}
