using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PromptLint.Analyzers.Diagnostics;
using PromptLint.Diagnostics;
using PromptLint.Json;
using PromptLint.Linting;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Analyzers.PromptFiles;

/// <summary>Fine-tuned model IDs among the string values of appsettings*.json (PL4001/PL4002/PL4013–PL4015 at the value).</summary>
internal static class AppSettingsModelIds
{
    public static void Analyze(AdditionalFileAnalysisContext context, SourceText text, LintSettings settings)
    {
        JsonNode root;
        try
        {
            root = JsonParser.Parse(text.ToString());
        }
        catch (JsonSyntaxException)
        {
            return; // not ours to judge: the app's own configuration loader reports broken JSON
        }

        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    foreach (JsonProperty p in o.Properties)
                    {
                        pending.Push(p.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (JsonNode item in a.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case JsonString s:
                    Report(context, text, s, settings);
                    break;
            }
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, SourceText text, JsonString value, LintSettings settings)
    {
        if (value.Value.Length > 300)
        {
            return;
        }

        foreach (FineTuningCheck.Issue issue in FineTuningCheck.Check(value.Value, settings))
        {
            Severity severity = settings.SeverityOf(issue.Rule);
            if (severity == Severity.None)
            {
                continue;
            }

            var span = new Microsoft.CodeAnalysis.Text.TextSpan(value.Span.Start, value.Span.Length);
            context.ReportDiagnostic(FindingReporter.At(issue.Rule, severity, Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), issue.Message));
        }
    }
}
