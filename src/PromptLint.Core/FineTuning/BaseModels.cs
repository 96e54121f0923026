using System;
using System.Text.RegularExpressions;
using PromptLint.Models;

namespace PromptLint.FineTuning;

/// <summary>
/// The model a fine-tune was trained from, and whether two model names mean the same model. An undated alias
/// (<c>gpt-4o-mini</c>) matches its dated snapshots (<c>gpt-4o-mini-2024-07-18</c>); two different dates do not.
/// </summary>
internal static class BaseModels
{
    private static readonly Regex DateSuffix = new(@"-(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8}|[0-9]{4})$", RegexOptions.CultureInvariant);
    private static readonly Regex Prefix = new(@"^(?:openai|azure|azure_openai|vertex|vertex_ai|bedrock|mistral|together|fireworks)(?::(?:chat|completion|responses))?[:/]",
        RegexOptions.CultureInvariant);

    /// <summary>The base model behind a fine-tuned ID or pattern (<c>*</c> is read as one ID character run), or null.</summary>
    public static string? Of(string? modelId)
    {
        if (modelId is null)
        {
            return null;
        }

        string id = modelId.Trim().Replace("*", "x0");
        return ModelIdClassifier.Classify(id).BaseModel;
    }

    public static bool Same(string a, string b)
    {
        string x = Strip(a), y = Strip(b);
        if (x == y)
        {
            return true;
        }

        string ux = DateSuffix.Replace(x, string.Empty), uy = DateSuffix.Replace(y, string.Empty);
        return ux == uy && (ux == x || uy == y); // equal once undated, and at least one side had no date
    }

    private static string Strip(string model) => Prefix.Replace(model.Trim().ToLowerInvariant(), string.Empty);
}
