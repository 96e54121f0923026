using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using PromptLint.Model;
using PromptLint.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PromptLint.Templates;

/// <summary>
/// Scriban and Liquid templates through Scriban's own parser (<see cref="Template.Parse"/> /
/// <see cref="Template.ParseLiquid"/>): its error messages at their offsets, and the variables its syntax tree
/// reads. Nothing is rendered or evaluated. The parser recurses, so a linear pre-scan refuses templates nested
/// deeper than <see cref="MaxNesting"/> before the parser sees them, and the parse runs on a thread with a fixed,
/// large stack so its own depth guard (which watches the remaining stack) answers the same on every host.
/// </summary>
internal sealed class ScribanSyntax
{
    /// <summary>Brackets, braces, parentheses and blocks open at once; far beyond any real prompt template.</summary>
    public const int MaxNesting = 64;

    private const int ParserStackBytes = 16 * 1024 * 1024;

    private ScribanSyntax(List<TemplateError> errors, List<TemplateVariableReference> variables, HashSet<string> locals, TemplateError? tooDeep)
    {
        Errors = errors;
        Variables = variables;
        Locals = locals;
        TooDeep = tooDeep;
    }

    /// <summary>Scriban's parser messages (errors only), at spans of the parsed text.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    /// <summary>Variables the template reads, in source order; names it binds itself are left out.</summary>
    public IReadOnlyList<TemplateVariableReference> Variables { get; }

    public IReadOnlyCollection<string> Locals { get; }

    /// <summary>Set when the pre-scan refused the template; then nothing was parsed.</summary>
    public TemplateError? TooDeep { get; }

    /// <summary>
    /// Parses with Scriban, or returns null when Scriban cannot run here (its assembly or a dependency does not load
    /// in this host, or it throws): then the caller falls back to the template scanner.
    /// </summary>
    public static ScribanSyntax? Parse(string text, bool liquid)
    {
        if (NestingGuard.FindTooDeep(text, liquid, MaxNesting) is { } deep)
        {
            return new ScribanSyntax(new(), new(), new(StringComparer.Ordinal), deep);
        }

        // Nothing may escape a thread, and no Scriban type may appear in this method or its closure: loading Scriban
        // (which may fail in a host that lacks a dependency) and the whole parse happen inside the try.
        ScribanSyntax? result = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = ParseAndCollect(text, liquid);
            }
            catch (Exception)
            {
                result = null;
            }
        }, ParserStackBytes);
        thread.Start();
        thread.Join();
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ScribanSyntax ParseAndCollect(string text, bool liquid) => FromTemplate(ParseHere(text, liquid), text.Length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ScribanSyntax FromTemplate(Template template, int textLength)
    {
        var errors = new List<TemplateError>();
        foreach (LogMessage message in template.Messages)
        {
            if (message.Type == ParserMessageType.Error)
            {
                errors.Add(new TemplateError(SpanOf(message.Span, textLength), message.Message));
            }
        }

        var collector = new VariableCollector(textLength);
        if (template.Page is { } page)
        {
            page.Accept(collector);
        }

        var variables = collector.Variables.FindAll(v => !collector.Locals.Contains(v.Name) && !Builtins.Contains(v.Name));
        variables.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new ScribanSyntax(errors, variables, collector.Locals, null);
    }

    /// <summary>Scriban's parser with its default options (expression depth limit 250).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Template ParseHere(string text, bool liquid) => liquid ? Template.ParseLiquid(text) : Template.Parse(text);

    private static TextSpan SpanOf(SourceSpan span, int textLength)
    {
        int start = Math.Max(0, Math.Min(span.Start.Offset, textLength));
        int end = Math.Max(start, Math.Min(span.End.Offset + 1, textLength));
        return TextSpan.FromBounds(start, end == start && start < textLength ? start + 1 : end);
    }

    /// <summary>Scriban's and Liquid's built-in objects and loop helpers: never template inputs.</summary>
    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "array", "date", "html", "math", "object", "regex", "string", "timespan", "include", "empty", "blank", "for",
        "while", "tablerow", "forloop", "tablerowloop", "this", "page", "null", "true", "false",
    };

    /// <summary>
    /// Walks the syntax tree for global variables, skipping member names (<c>name</c> in <c>user.name</c>) and the
    /// functions a call or pipe invokes (<c>upcase</c> in <c>x | upcase</c>), and records the names the template binds.
    /// </summary>
    private sealed class VariableCollector : ScriptVisitor
    {
        private readonly int _textLength;

        public VariableCollector(int textLength) => _textLength = textLength;

        public List<TemplateVariableReference> Variables { get; } = new();

        public HashSet<string> Locals { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptVariableGlobal node)
        {
            Variables.Add(new TemplateVariableReference(node.Name, SpanOf(node.Span, _textLength)));
        }

        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

        public override void Visit(ScriptPipeCall node)
        {
            node.From?.Accept(this);
            VisitCallee(node.To);
        }

        public override void Visit(ScriptFunctionCall node)
        {
            VisitCallee(node.Target);
            if (node.Arguments is { } arguments)
            {
                foreach (ScriptExpression argument in arguments)
                {
                    argument?.Accept(this);
                }
            }
        }

        public override void Visit(ScriptForStatement node)
        {
            Bind(node.Variable);
            base.Visit(node);
        }

        public override void Visit(ScriptTableRowStatement node)
        {
            Bind(node.Variable);
            base.Visit(node);
        }

        public override void Visit(ScriptAssignExpression node)
        {
            Bind(node.Target);
            base.Visit(node);
        }

        public override void Visit(ScriptCaptureStatement node)
        {
            Bind(node.Target);
            base.Visit(node);
        }

        public override void Visit(ScriptFunction node)
        {
            Bind(node.NameOrDoToken as ScriptExpression);
            Bind(node.Parameters);
            base.Visit(node);
        }

        /// <summary>A called function's name is not an input, but a call on a member reads its target (<c>user.greet</c>).</summary>
        private void VisitCallee(ScriptExpression? callee)
        {
            switch (callee)
            {
                case ScriptVariable:
                    return;
                case ScriptMemberExpression { Target: ScriptVariable { Name: { } root } } when Builtins.Contains(root):
                    return;
                case ScriptFunctionCall call:
                    Visit(call);
                    return;
                default:
                    callee?.Accept(this);
                    return;
            }
        }

        private void Bind(ScriptNode? target)
        {
            switch (target)
            {
                case ScriptVariable variable:
                    Locals.Add(variable.Name);
                    break;
                case ScriptMemberExpression member:
                    Bind(member.Target);
                    break;
                case null:
                    break;
                default:
                    foreach (ScriptNode child in target.Children)
                    {
                        Bind(child);
                    }

                    break;
            }
        }
    }
}
