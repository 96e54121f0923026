using PromptLint.Json;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>
/// PromptLint's own eval result: <c>{"model", "metric", "score", "dataset", "heldOut", "samples"}</c>, the shape
/// <c>schemas/promptlint-eval.schema.json</c> defines. <c>model</c>, <c>metric</c> and <c>score</c> are required.
/// Followed: that schema, which this project owns; nothing here is borrowed from another tool.
/// </summary>
internal static class PromptLintEvalReader
{
    public static bool Recognizes(JsonNode root) =>
        JsonValues.Prop(root, "score") is not null && JsonValues.Prop(root, "metric") is not null && JsonValues.Prop(root, "evaluationResult") is null;

    public static EvalReadResult Read(SourceText source, JsonNode root)
    {
        var result = new EvalResult(source, EvalResultFormat.PromptLint) { AnchorSpan = new TextSpan(root.Span.Start, 1) };
        foreach (string required in new[] { "model", "metric" })
        {
            JsonNode? node = JsonValues.Prop(root, required);
            if (JsonValues.String(node) is null)
            {
                return EvalReadResult.Failed(source, node?.Span ?? new TextSpan(root.Span.Start, 1), $"'{required}' must be a non-empty string");
            }
        }

        JsonNode score = JsonValues.Prop(root, "score")!;
        if (JsonValues.Number(score) is not { } value)
        {
            return EvalReadResult.Failed(source, score.Span, "'score' must be a number");
        }

        JsonNode? heldOut = JsonValues.Prop(root, "heldOut");
        if (heldOut is not null && JsonValues.Boolean(heldOut) is null)
        {
            return EvalReadResult.Failed(source, heldOut.Span, "'heldOut' must be true or false");
        }

        JsonNode? samples = JsonValues.Prop(root, "samples");
        result.Model = JsonValues.LocatedString(JsonValues.Prop(root, "model"));
        result.Metric = JsonValues.LocatedString(JsonValues.Prop(root, "metric"));
        result.Score = new Located<double>(value, score.Span);
        result.Dataset = JsonValues.LocatedString(JsonValues.Prop(root, "dataset"));
        result.HeldOut = JsonValues.Boolean(heldOut) is { } h ? new Located<bool>(h, heldOut!.Span) : null;
        result.Samples = JsonValues.Number(samples) is { } n && n >= 0 && n <= int.MaxValue ? (int)n : null;
        return EvalReadResult.Read(result);
    }
}
