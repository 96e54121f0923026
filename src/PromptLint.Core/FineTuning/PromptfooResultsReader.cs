using System.Collections.Generic;
using System.Linq;
using PromptLint.Json;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>
/// promptfoo's <c>promptfoo eval --output results.json</c>. The score is the pass rate
/// <c>successes / (successes + failures + errors)</c> from the summary's <c>stats</c>; the metric is "pass rate".
/// </summary>
/// <remarks>
/// Followed: promptfoo's <c>src/types</c> (<c>EvaluateSummaryV3 {version: 3, timestamp, results, prompts, stats}</c>,
/// <c>EvaluateSummaryV2</c> with <c>table</c>, <c>EvaluateStats {successes, failures, errors, tokenUsage}</c>; older
/// versions have no <c>errors</c>) and its output handler examples (<c>data.results.stats</c>, with <c>evalId</c> and
/// <c>config</c> beside <c>results</c> at the top of the file). Read defensively: the summary is the top-level
/// <c>results</c> object when there is one, else the file itself. The model is the single <c>provider.id</c> (or
/// <c>provider</c> string) of the per-test results, else a single <c>config.providers</c> entry. The dataset is
/// <c>config.tests</c> when it is a file reference. Not verified: how every promptfoo version between V2 and V3
/// wrote <c>provider</c>; promptfoo records no held-out flag, so none is read.
/// </remarks>
internal static class PromptfooResultsReader
{
    public const string PassRate = "pass rate";

    public static bool Recognizes(JsonNode root) => Stats(root) is not null;

    public static EvalReadResult Read(SourceText source, JsonNode root)
    {
        JsonNode summary = Summary(root);
        JsonNode stats = Stats(root)!;
        var result = new EvalResult(source, EvalResultFormat.Promptfoo) { AnchorSpan = new TextSpan(stats.Span.Start, 1) };
        double? successes = JsonValues.Number(JsonValues.Prop(stats, "successes"));
        double? failures = JsonValues.Number(JsonValues.Prop(stats, "failures"));
        double errors = JsonValues.Number(JsonValues.Prop(stats, "errors")) ?? 0;
        if (successes is not { } s || failures is not { } f || s < 0 || f < 0 || errors < 0)
        {
            return EvalReadResult.Failed(source, new TextSpan(stats.Span.Start, 1), "promptfoo 'stats' must have numeric 'successes' and 'failures'");
        }

        double total = s + f + errors;
        JsonNode successNode = JsonValues.Prop(stats, "successes")!;
        result.Metric = new Located<string>(PassRate, new TextSpan(stats.Span.Start, 1));
        if (total > 0)
        {
            result.Score = new Located<double>(s / total, successNode.Span);
            result.Samples = total <= int.MaxValue ? (int)total : null;
        }
        else
        {
            result.ScoreNote = "promptfoo ran no tests (0 successes, 0 failures)";
        }

        result.Model = Model(summary, root);
        JsonNode? tests = JsonValues.Path(root, "config", "tests");
        if (JsonValues.String(tests) is { } reference)
        {
            result.Dataset = new Located<string>(reference.StartsWith("file://", System.StringComparison.Ordinal) ? reference.Substring(7) : reference, tests!.Span);
        }

        return EvalReadResult.Read(result);
    }

    private static JsonNode Summary(JsonNode root) => JsonValues.Prop(root, "results") is JsonObject wrapped ? wrapped : root;

    private static JsonNode? Stats(JsonNode root) => JsonValues.Prop(Summary(root), "stats") is JsonObject stats ? stats : null;

    private static Located<string>? Model(JsonNode summary, JsonNode root)
    {
        var ids = new List<Located<string>>();
        if (JsonValues.Prop(summary, "results") is JsonArray results)
        {
            foreach (JsonNode item in results.Items)
            {
                JsonNode? provider = JsonValues.Prop(item, "provider");
                if ((JsonValues.LocatedString(JsonValues.Prop(provider, "id")) ?? JsonValues.LocatedString(provider)) is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        if (ids.Count == 0 && JsonValues.Path(root, "config", "providers") is JsonArray providers && providers.Items.Count == 1)
        {
            JsonNode only = providers.Items[0];
            if ((JsonValues.LocatedString(only) ?? JsonValues.LocatedString(JsonValues.Prop(only, "id"))) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids.Count > 0 && ids.All(i => i.Value == ids[0].Value) ? ids[0] : null;
    }
}
