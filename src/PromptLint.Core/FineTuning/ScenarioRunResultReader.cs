using System;
using System.Collections.Generic;
using System.Linq;
using PromptLint.Json;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>
/// Microsoft.Extensions.AI.Evaluation results: one <c>ScenarioRunResult</c> as <c>DiskBasedResultStore</c> writes it
/// (<c>results/&lt;execution&gt;/&lt;scenario&gt;/&lt;iteration&gt;.json</c>), or the <c>{"scenarioRunResults": […]}</c>
/// document of <c>dotnet aieval report -f json</c>, whose score is the mean over its runs.
/// </summary>
/// <remarks>
/// Followed: dotnet/extensions sources — <c>Reporting/CSharp/ScenarioRunResult.cs</c> (scenarioName, iterationName,
/// executionName, creationTime, messages, modelResponse, evaluationResult, chatDetails, tags, formatVersion),
/// <c>JsonSerialization/JsonUtilities.cs</c> (camelCase names, nulls omitted), <c>Formats/Dataset.cs</c>
/// (scenarioRunResults, createdAt, generatorVersion), and <c>EvaluationMetric.cs</c> in the Evaluation library
/// (<c>$type</c> discriminator: numeric, boolean, string, none; <c>name</c>, <c>value</c>). The model measured is
/// <c>modelResponse.modelId</c> (MEAI's <c>ChatResponse.ModelId</c>); <c>chatDetails.turnDetails[].model</c> is the
/// evaluator's own LLM and is not used. Not verified: the exact JSON of <c>ChatResponse</c> across MEAI versions
/// (read as <c>modelId</c>, case-insensitively). MEAI records no dataset or held-out flag; PromptLint reads the
/// tags <c>dataset:&lt;name&gt;</c> and <c>heldout:true|false</c> when a team adds them (a PromptLint convention).
/// Boolean metrics count as 1 and 0.
/// </remarks>
internal static class ScenarioRunResultReader
{
    public static bool Recognizes(JsonNode root) =>
        JsonValues.Prop(root, "evaluationResult") is not null || JsonValues.Prop(root, "scenarioRunResults") is JsonArray;

    public static EvalReadResult Read(SourceText source, JsonNode root, string? metric)
    {
        bool report = JsonValues.Prop(root, "scenarioRunResults") is JsonArray;
        List<JsonNode> runs = report ? ((JsonArray)JsonValues.Prop(root, "scenarioRunResults")!).Items.ToList() : new List<JsonNode> { root };
        var result = new EvalResult(source, report ? EvalResultFormat.AIEvalReport : EvalResultFormat.ScenarioRunResult)
        {
            AnchorSpan = new TextSpan(root.Span.Start, 1),
        };
        if (runs.Count == 0)
        {
            return EvalReadResult.Failed(source, JsonValues.Prop(root, "scenarioRunResults")!.Span, "'scenarioRunResults' is empty; there is no score to read");
        }

        var scores = new List<double>();
        string? chosen = null;
        TextSpan metricSpan = default, scoreSpan = default;
        foreach (JsonNode run in runs)
        {
            if (JsonValues.Path(run, "evaluationResult", "metrics") is not JsonObject metrics)
            {
                return EvalReadResult.Failed(source, (JsonValues.Prop(run, "evaluationResult") ?? run).Span, "'evaluationResult.metrics' must be an object of metrics");
            }

            var numeric = metrics.Properties.Where(p => Value(p.Value) is not null).ToList();
            JsonProperty? pick = Pick(numeric, metric);
            if (pick is null)
            {
                result.ScoreNote = numeric.Count == 0
                    ? "the result has no numeric or boolean metric"
                    : $"the result has {numeric.Count} metrics ({string.Join(", ", numeric.Select(p => p.Name))}){(metric is null ? "" : $" and none is '{metric}'")}; name one with metric: under models:";
                result.AnchorSpan = metrics.Span.Length > 0 ? new TextSpan(metrics.Span.Start, 1) : result.AnchorSpan;
                break;
            }

            JsonProperty p = pick.Value;
            chosen ??= JsonValues.String(JsonValues.Prop(p.Value, "name")) ?? p.Name;
            if (scores.Count == 0)
            {
                metricSpan = p.NameSpan;
                scoreSpan = (JsonValues.Prop(p.Value, "value") ?? p.Value).Span;
            }

            scores.Add(Value(p.Value)!.Value);
        }

        if (result.ScoreNote is null)
        {
            result.Metric = new Located<string>(chosen!, metricSpan);
            result.Score = new Located<double>(scores.Average(), scoreSpan);
            result.Samples = scores.Count;
        }

        var models = runs.Select(r => JsonValues.LocatedString(JsonValues.Path(r, "modelResponse", "modelId"))).Where(m => m is not null).ToList();
        if (models.Count > 0 && models.All(m => m!.Value.Value == models[0]!.Value.Value))
        {
            result.Model = models[0];
        }

        foreach (JsonNode tag in (JsonValues.Prop(runs[0], "tags") as JsonArray)?.Items ?? Array.Empty<JsonNode>())
        {
            string? text = JsonValues.String(tag);
            if (text is null)
            {
                continue;
            }

            if (text.StartsWith("dataset:", StringComparison.OrdinalIgnoreCase) && text.Length > 8)
            {
                result.Dataset = new Located<string>(text.Substring(8).Trim(), tag.Span);
            }
            else if (text.StartsWith("heldout:", StringComparison.OrdinalIgnoreCase))
            {
                string flag = text.Substring(8).Trim().ToLowerInvariant();
                result.HeldOut = flag is "true" or "false" ? new Located<bool>(flag == "true", tag.Span) : null;
            }
        }

        return EvalReadResult.Read(result);
    }

    private static JsonProperty? Pick(List<JsonProperty> numeric, string? metric)
    {
        if (metric is not null)
        {
            foreach (JsonProperty p in numeric)
            {
                if (MetricNames.Same(p.Name, metric) || MetricNames.Same(JsonValues.String(JsonValues.Prop(p.Value, "name")), metric))
                {
                    return p;
                }
            }

            return null;
        }

        return numeric.Count == 1 ? numeric[0] : null;
    }

    private static double? Value(JsonNode metric)
    {
        JsonNode? value = JsonValues.Prop(metric, "value");
        return JsonValues.Number(value) ?? (JsonValues.Boolean(value) is { } b ? (b ? 1 : 0) : null);
    }
}
