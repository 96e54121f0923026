using PromptLint.Json;
using PromptLint.Text;

namespace PromptLint.FineTuning;

/// <summary>
/// Reads an eval result file from its text (hosts read the file; no IO here): parses the JSON, recognizes which
/// tool wrote it by its shape, and hands it to that tool's reader. Anything else is a located problem (PL0014).
/// </summary>
public static class EvalResultReader
{
    /// <summary>Whether <paramref name="text"/> is JSON shaped like one of the eval result formats (it may still lack a field).</summary>
    public static bool LooksLikeEvalResult(string text)
    {
        try
        {
            JsonNode root = JsonParser.Parse(text);
            return root is JsonObject && (PromptLintEvalReader.Recognizes(root) || ScenarioRunResultReader.Recognizes(root) || PromptfooResultsReader.Recognizes(root));
        }
        catch (JsonSyntaxException)
        {
            return false;
        }
    }

    /// <param name="path">The file's path, for findings.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="metric">The metric declared in promptlint.yaml, which picks one metric out of files that hold several.</param>
    public static EvalReadResult Read(string path, string text, string? metric = null)
    {
        var source = new SourceText(path, text);
        JsonNode root;
        try
        {
            root = JsonParser.Parse(text);
        }
        catch (JsonSyntaxException e)
        {
            return EvalReadResult.Failed(source, new TextSpan(e.Offset, 0), $"eval result is not valid JSON: {e.Message}");
        }

        if (root is not JsonObject)
        {
            return EvalReadResult.Failed(source, new TextSpan(root.Span.Start, 0), "eval result must be a JSON object");
        }

        if (PromptLintEvalReader.Recognizes(root))
        {
            return PromptLintEvalReader.Read(source, root);
        }

        if (ScenarioRunResultReader.Recognizes(root))
        {
            return ScenarioRunResultReader.Read(source, root, metric);
        }

        if (PromptfooResultsReader.Recognizes(root))
        {
            return PromptfooResultsReader.Read(source, root);
        }

        return EvalReadResult.Failed(source, new TextSpan(root.Span.Start, 0),
            "not an eval result PromptLint knows: write {\"model\", \"metric\", \"score\", \"dataset\", \"heldOut\"} (schemas/promptlint-eval.schema.json), a Microsoft.Extensions.AI.Evaluation ScenarioRunResult, or promptfoo's --output results.json");
    }
}
