using System;

namespace PromptLint.Ladder;

/// <summary>
/// Which tiktoken encoding a model family uses: <c>cl100k_base</c> for GPT-4 (not 4o/4.1) and GPT-3.5,
/// <c>o200k_base</c> for GPT-4o, GPT-4.1, GPT-5 and the o-series. Every other model (Claude, Llama, Gemini, an
/// unknown ID) is counted with <c>o200k_base</c> too, with a note that it is not the model's own tokenizer.
/// </summary>
public static class TokenizerChoice
{
    public const string O200k = "o200k_base";
    public const string Cl100k = "cl100k_base";

    /// <summary>The encoding for <paramref name="modelId"/> and, when it is not the model's own, why it was used anyway.</summary>
    public static (string Encoding, string? Note) For(string? modelId)
    {
        string id = Normalize(modelId);
        if (id.Length == 0)
        {
            return (O200k, "no model declared; counted with o200k_base");
        }

        if (StartsWithFamily(id, "gpt-4o") || StartsWithFamily(id, "gpt-4.1") || StartsWithFamily(id, "gpt-4.5") || StartsWithFamily(id, "gpt-5")
            || StartsWithFamily(id, "chatgpt-4o") || StartsWithFamily(id, "gpt-oss") || IsOSeries(id))
        {
            return (O200k, null);
        }

        if (StartsWithFamily(id, "gpt-4") || StartsWithFamily(id, "gpt-3.5") || StartsWithFamily(id, "gpt-35"))
        {
            return (Cl100k, null);
        }

        return (O200k, $"'{modelId}' is not an OpenAI model; counted with o200k_base, not its own tokenizer");
    }

    /// <summary>The base model for fine-tunes (<c>ft:gpt-4o-mini-…:org:name:id</c> → <c>gpt-4o-mini-…</c>), lower case, no provider prefix.</summary>
    private static string Normalize(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return string.Empty;
        }

        string id = modelId!.Trim().ToLowerInvariant();
        string? baseModel = Models.ModelIdClassifier.Classify(modelId).BaseModel;
        if (baseModel is not null)
        {
            id = baseModel.ToLowerInvariant();
        }

        int slash = id.LastIndexOf('/');
        return slash >= 0 ? id.Substring(slash + 1) : id;
    }

    private static bool StartsWithFamily(string id, string family) =>
        id.StartsWith(family, StringComparison.Ordinal) && (id.Length == family.Length || !char.IsLetterOrDigit(id[family.Length]));

    private static bool IsOSeries(string id) =>
        id.Length >= 2 && id[0] == 'o' && char.IsDigit(id[1]);
}
