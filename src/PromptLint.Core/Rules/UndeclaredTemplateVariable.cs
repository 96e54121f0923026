using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Templates;

namespace PromptLint.Rules;

/// <summary>PL5002: the template reads a variable its declared inputs do not list (once per name).</summary>
internal sealed class UndeclaredTemplateVariable : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL5002", "Template variable is not a declared input", Severity.Warning, RuleScope.PromptFiles,
        "The template reads a variable the file's declared inputs do not list, so it renders empty or fails at run time.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        if (document.DeclaredInputs is not { } inputs)
        {
            return;
        }

        var declared = new HashSet<string>(inputs.Select(i => i.Name), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        string list = inputs.Count == 0 ? "none" : string.Join(", ", inputs.Select(i => i.Name));
        foreach (TemplateExpression expression in document.Expressions)
        {
            foreach (TemplateVariableReference variable in expression.Variables)
            {
                if (declared.Contains(variable.Name) || document.TemplateLocals.Contains(variable.Name) || !reported.Add(variable.Name))
                {
                    continue;
                }

                context.Report(variable.Span,
                    $"template variable '{variable.Name}' is not a declared input (declared: {list}); declare it or fix the name");
            }
        }
    }
}
