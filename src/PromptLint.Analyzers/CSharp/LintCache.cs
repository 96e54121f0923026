using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using PromptLint.Diagnostics;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Rules;
using PromptLint.Settings;
using PromptLint.Templates;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// Core findings for prompts assembled from code, once per distinct prompt and settings in a compilation: the
/// same constant system prompt used at many call sites (or the same helper argument) is linted once. Findings
/// carry offsets into the prompt's text only, so each call site maps them to its own code locations.
/// Conversations are linted with settings in which rules that do not apply to strings in code are off, so
/// <see cref="Linter"/> skips them instead of running them and having their findings dropped.
/// </summary>
internal sealed class LintCache
{
    /// <summary>The rules that apply to C# code (<see cref="RuleScope.CSharp"/>); the rest are about files, templates and datasets.</summary>
    public static readonly HashSet<string> StringRules = new(RuleCatalog.All.Where(r => r.AppliesIn(RuleScope.CSharp)).Select(r => r.Id));

    private static readonly ConditionalWeakTable<LintSettings, LintSettings> StringOnly = new();

    private const int MaxEntries = 100_000;

    private int _entries;

    private readonly ConcurrentDictionary<(LintSettings Settings, string Key), IReadOnlyList<Finding>> _results = new();

    private readonly ConcurrentDictionary<(LintSettings Settings, string Key), (IReadOnlyList<Finding> Findings, TemplateShape Shape)> _templates = new();

    public IReadOnlyList<Finding> Conversation(IReadOnlyList<ComposedMessage> messages, string? declaredOutput, LintSettings settings, string path)
    {
        var key = new StringBuilder(declaredOutput ?? "-");
        foreach (ComposedMessage message in messages)
        {
            key.Append('\u0001').Append((int)message.Role).Append('\u0002').Append(message.Text);
        }

        return GetOrAdd(_results, (settings, "c" + key), () =>
        {
            ComposedPrompt prompt = ComposedPrompt.Create(path, messages, declaredOutput, null, TemplateDialect.Mustache);
            return (IReadOnlyList<Finding>)Linter.Lint(prompt.Document, StringRulesOnly(settings)).Findings.ToList();
        });
    }

    /// <summary>A template held in a C# string, read as <paramref name="format"/> (not guessed from a file name).</summary>
    public IReadOnlyList<Finding> Template(PromptFormat format, string text, LintSettings settings) => TemplateWithShape(format, text, settings).Findings;

    /// <summary>As <see cref="Template"/>, with what the analyzer reads from the same document (<see cref="TemplateShape"/>).</summary>
    public (IReadOnlyList<Finding> Findings, TemplateShape Shape) TemplateWithShape(PromptFormat format, string text, LintSettings settings) =>
        GetOrAdd(_templates, (settings, (int)format + "\u0001" + text), () =>
            Linter.Read(new PromptInput(format + " in code", text), format) is { } document
                ? (Linter.Lint(document, settings).Findings.ToList(), TemplateShape.Of(document))
                : ((IReadOnlyList<Finding>)new List<Finding>(), default(TemplateShape)));

    /// <summary>The document offsets of a conversation's messages, as <see cref="ComposedPrompt"/> lays them out (joined by blank lines).</summary>
    public static int[] MessageStarts(IReadOnlyList<ComposedMessage> messages)
    {
        var starts = new int[messages.Count];
        int at = 0;
        for (int i = 0; i < messages.Count; i++)
        {
            starts[i] = at;
            at += messages[i].Text.Length + 2;
        }

        return starts;
    }

    /// <summary>
    /// Bounded: past <see cref="MaxEntries"/> results are computed and not kept, so a generated file cannot grow the
    /// cache without end. Counted here: <c>ConcurrentDictionary.Count</c> takes every lock of the table, on every call.
    /// </summary>
    private T GetOrAdd<T>(ConcurrentDictionary<(LintSettings Settings, string Key), T> results, (LintSettings, string) key, System.Func<T> lint)
    {
        if (results.TryGetValue(key, out T? cached))
        {
            return cached;
        }

        T result = lint();
        if (Volatile.Read(ref _entries) < MaxEntries && results.TryAdd(key, result))
        {
            Interlocked.Increment(ref _entries);
        }

        return result;
    }

    private static LintSettings StringRulesOnly(LintSettings settings) => StringOnly.GetValue(settings, s =>
    {
        LintSettings only = s;
        foreach (RuleDescriptor rule in RuleCatalog.All.Where(r => !StringRules.Contains(r.Id)))
        {
            only = only.WithSeverity(rule.Id, Severity.None);
        }

        return only;
    });
}
