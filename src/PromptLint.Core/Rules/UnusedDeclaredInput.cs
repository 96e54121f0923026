using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Rules;

/// <summary>PL5003: a declared input the template never reads. Skipped when partials may read it.</summary>
internal sealed class UnusedDeclaredInput : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL5003", "Declared input is never used", Severity.Info, RuleScope.PromptFiles,
        "The file declares an input the template never reads.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (document.DeclaredInputs is not { } inputs || document.Expressions.Any(e => e.Kind == TemplateExpressionKind.Partial))
        {
            return;
        }

        var used = new HashSet<string>(document.Expressions.SelectMany(e => e.Variables).Select(v => v.Name), StringComparer.Ordinal);
        foreach (DeclaredInput input in inputs)
        {
            if (input.Name.Length > 0 && !used.Contains(input.Name))
            {
                context.Report(input.Span, $"declared input '{input.Name}' is never used in the template; use it or remove the declaration");
            }
        }
    }
}
